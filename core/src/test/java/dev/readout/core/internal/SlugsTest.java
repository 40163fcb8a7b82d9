package dev.readout.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class SlugsTest {
  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  @Test
  void slugsAndNotSlugs() {
    assertThat(Slugs.isSlug("giang-austin-2022")).isTrue();
    assertThat(Slugs.isSlug("a")).isTrue();
    assertThat(Slugs.isSlug("")).isFalse();
    assertThat(Slugs.isSlug("-a")).isFalse();
    assertThat(Slugs.isSlug("a-")).isFalse();
    assertThat(Slugs.isSlug("a--b")).isFalse();
    assertThat(Slugs.isSlug("A")).isFalse();
    assertThat(Slugs.isSlug("a_b")).isFalse();
    assertThat(Slugs.isSlug("x".repeat(Slugs.MAX_LENGTH))).isTrue();
    assertThat(Slugs.isSlug("x".repeat(Slugs.MAX_LENGTH + 1))).isFalse();
  }

  @Test
  void aLongHyphenatedIdIsRefusedWithoutOverflowingTheStack() {
    assertThat(Slugs.isSlug("a-".repeat(100_000) + "a")).isFalse();
  }

  /** Within the length limit, the scan agrees with the regular expression it replaces. */
  @Property
  void agreesWithTheRegularExpression(@ForAll("candidates") String s) {
    assertThat(Slugs.isSlug(s)).isEqualTo(SLUG.matcher(s).matches() && s.length() <= Slugs.MAX_LENGTH);
  }

  @Provide
  Arbitrary<String> candidates() {
    return Arbitraries.strings().withChars("ab09-_A é").ofMaxLength(12);
  }
}

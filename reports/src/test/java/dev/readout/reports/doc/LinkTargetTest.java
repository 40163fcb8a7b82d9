package dev.readout.reports.doc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LinkTargetTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "https://example.org",
      "http://example.org/a/b?c=d#e",
      "HTTPS://EXAMPLE.ORG/Path",
      "https://example.org/path_(with)_parens",
      "https://vi.wikipedia.org/wiki/Phan_Văn_Giang",
      "https://[2001:db8::1]:8443/x",
      "#intro",
      "#phan-van-giang_2"
  })
  void acceptsHttpUrlsAndInternalAnchors(String target) {
    assertThat(Link.of(target, "x").target()).isEqualTo(target);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "javascript:alert(1)",
      "JavaScript:alert(1)",
      " javascript:alert(1)",
      "jav\tascript:alert(1)",
      "file:///etc/passwd",
      "data:text/html;base64,PHNjcmlwdD4=",
      "mailto:someone@example.org",
      "ftp://example.org/file",
      "vbscript:msgbox",
      "/relative/path",
      "//example.org/protocol-relative",
      "example.org",
      "http://",
      "https:///no-host",
      "https://exa mple.org",
      "https://example.org/\n",
      "https://example.org/\u00A0",
      " https://example.org",
      "#",
      "# intro",
      "#a b",
      "#đà",
      ""
  })
  void rejectsEverythingElse(String target) {
    assertThatThrownBy(() -> Link.of(target, "x"))
        .isExactlyInstanceOf(DocumentException.class)
        .hasMessageStartingWith("link target must be an http(s) URL or an internal anchor '#id', but was '");
  }

  @org.junit.jupiter.api.Test
  void theMessageShowsTheTarget() {
    assertThatThrownBy(() -> Link.of("javascript:alert(1)", "x"))
        .hasMessage("link target must be an http(s) URL or an internal anchor '#id', but was 'javascript:alert(1)'");
  }
}

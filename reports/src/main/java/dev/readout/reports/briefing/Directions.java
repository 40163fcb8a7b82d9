package dev.readout.reports.briefing;

import dev.readout.core.model.Commitment;
import dev.readout.core.model.CommitmentKind;
import dev.readout.core.model.Engagement;
import dev.readout.core.model.Party;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Works out a commitment's {@link Direction} from the home side: the sides of its makers and
 * addressees (a person's or organisation's country; an international body itself), whether a maker
 * or addressee spoke in a private capacity, and what kind of commitment it is.
 */
final class Directions {
  private Directions() {}

  static Direction of(BriefingContext ctx, Commitment c) {
    Optional<Engagement> at = c.engagement().flatMap(ctx.dataset::engagement);
    if (c.makers().stream().anyMatch(p -> ctx.isPrivate(p, at)) || c.addressees().stream().anyMatch(p -> ctx.isPrivate(p, at))) {
      return Direction.CONTEXT;
    }
    Set<String> makers = sides(ctx, c.makers());
    Set<String> addressees = sides(ctx, c.addressees());
    boolean weMake = makers.contains(ctx.home);
    boolean othersMake = makers.stream().anyMatch(s -> !s.equals(ctx.home));
    if (weMake && othersMake) {
      return Direction.JOINT;
    }
    if (weMake) {
      if (!addressees.isEmpty() && addressees.stream().allMatch(ctx.home::equals)) {
        return Direction.OUR_OWN;
      }
      return asks(c.commitmentKind()) ? Direction.OUR_REQUESTS : Direction.OUR_UNDERTAKINGS;
    }
    boolean toUs = addressees.contains(ctx.home) || addressees.isEmpty() && at.filter(e -> e.sides().contains(ctx.home)).isPresent();
    if (!toUs) {
      return Direction.CONTEXT;
    }
    if (c.commitmentKind() == CommitmentKind.AGREEMENT && addressees.isEmpty()) {
      return Direction.JOINT;
    }
    return asks(c.commitmentKind()) || c.commitmentKind() == CommitmentKind.INVITATION
        ? Direction.THEIR_REQUESTS : Direction.THEIR_UNDERTAKINGS;
  }

  /** Whether a commitment of this kind asks something of its addressee rather than undertakes something towards it. */
  private static boolean asks(CommitmentKind kind) {
    return switch (kind) {
      case REQUEST, PROPOSAL, HOPE -> true;
      case PLEDGE, AGREEMENT, INVITATION, ACCEPTANCE, SUPPORT -> false;
    };
  }

  /** The sides of a commitment's makers and addressees. */
  static Set<String> sides(BriefingContext ctx, Commitment c) {
    Set<String> sides = sides(ctx, c.makers());
    sides.addAll(sides(ctx, c.addressees()));
    return sides;
  }

  /** The side of each party: its country, or an international body's own id. */
  static Set<String> sides(BriefingContext ctx, List<Party> parties) {
    Set<String> sides = new LinkedHashSet<>();
    for (Party p : parties) {
      Optional<String> country = ctx.dataset.countryOf(p);
      if (country.isPresent()) {
        sides.add(country.get());
      } else if (p.partyKind() == dev.readout.core.model.PartyKind.ORGANIZATION) {
        sides.add(p.id());
      }
    }
    return sides;
  }
}

package dev.readout.core.draft;

import dev.readout.core.model.CooperationArea;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** The words that name a field of cooperation, in one table, mapped to the model's vocabulary. */
final class AreaWords {
  private AreaWords() {}

  private static final Map<CooperationArea, Pattern> WORDS = Map.ofEntries(
      Map.entry(CooperationArea.DELEGATION_EXCHANGE, words("delegation|delegations|visits at all levels")),
      Map.entry(CooperationArea.DIALOGUE_AND_CONSULTATION,
          words("dialogues?|consultations?|working groups?|consultation mechanisms?")),
      Map.entry(CooperationArea.WAR_LEGACY, words("war legacy|consequences of war|war consequences|war aftermath"
          + "|dioxin|missing in action|mine clearance|unexploded ordnance|war victims")),
      Map.entry(CooperationArea.UN_PEACEKEEPING, words("peacekeeping")),
      Map.entry(CooperationArea.TRAINING, words("training|education")),
      Map.entry(CooperationArea.HADR, words("humanitarian assistance|disaster relief")),
      Map.entry(CooperationArea.CYBER_SECURITY, words("cyber ?security|cyber")),
      Map.entry(CooperationArea.MILITARY_MEDICINE, words("medicine|medical")),
      Map.entry(CooperationArea.DEFENCE_INDUSTRY, words("defen[cs]e industry|defen[cs]e industrial|defen[cs]e enterprises")),
      Map.entry(CooperationArea.SEARCH_AND_RESCUE, words("search and rescue")),
      Map.entry(CooperationArea.NAVAL, words("navy|navies|naval|maritime")),
      Map.entry(CooperationArea.AIR_FORCE, words("air forces?")),
      Map.entry(CooperationArea.INFORMATION_SHARING, words("information sharing|sharing of information|intelligence")),
      Map.entry(CooperationArea.LOGISTICS, words("logistics?")),
      Map.entry(CooperationArea.TECHNOLOGY_TRANSFER, words("technology transfer|transfer of technology")),
      Map.entry(CooperationArea.SERVICES_AND_ARMS, words("services and arms|service branches")));

  private static Pattern words(String alternatives) {
    return Pattern.compile("(?<![\\p{L}])(?:" + alternatives + ")(?![\\p{L}])", Pattern.CASE_INSENSITIVE);
  }

  /** The fields a text names, in the vocabulary's order. */
  static List<CooperationArea> of(String text) {
    List<CooperationArea> areas = new ArrayList<>();
    for (CooperationArea area : List.of(CooperationArea.DELEGATION_EXCHANGE, CooperationArea.DIALOGUE_AND_CONSULTATION,
        CooperationArea.WAR_LEGACY, CooperationArea.UN_PEACEKEEPING, CooperationArea.TRAINING, CooperationArea.HADR,
        CooperationArea.CYBER_SECURITY, CooperationArea.MILITARY_MEDICINE, CooperationArea.DEFENCE_INDUSTRY,
        CooperationArea.SEARCH_AND_RESCUE, CooperationArea.NAVAL, CooperationArea.AIR_FORCE,
        CooperationArea.INFORMATION_SHARING, CooperationArea.LOGISTICS, CooperationArea.TECHNOLOGY_TRANSFER,
        CooperationArea.SERVICES_AND_ARMS)) {
      if (WORDS.get(area).matcher(text).find()) {
        areas.add(area);
      }
    }
    return areas;
  }
}

package dev.readout.core.model;

import java.util.List;
import org.immutables.value.Value;

/**
 * A field of defence cooperation. The vocabulary is open: the well-known areas are constants here
 * (with labels in every report language), and a dataset may use any other lowercase slug.
 */
@Value.Immutable
public abstract class CooperationArea implements Comparable<CooperationArea> {
  /** Exchange of delegations, at every level. */
  public static final CooperationArea DELEGATION_EXCHANGE = of("delegation-exchange");
  /** Dialogue and consultation mechanisms, e.g. defence policy dialogues. */
  public static final CooperationArea DIALOGUE_AND_CONSULTATION = of("dialogue-and-consultation");
  /** Overcoming the consequences of war: MIA searches, dioxin, mines and unexploded ordnance. */
  public static final CooperationArea WAR_LEGACY = of("war-legacy");
  /** United Nations peacekeeping operations. */
  public static final CooperationArea UN_PEACEKEEPING = of("un-peacekeeping");
  /** Training and education of personnel. */
  public static final CooperationArea TRAINING = of("training");
  /** Humanitarian assistance and disaster relief. */
  public static final CooperationArea HADR = of("humanitarian-assistance-and-disaster-relief");
  /** Cyber security. */
  public static final CooperationArea CYBER_SECURITY = of("cyber-security");
  /** Military medicine. */
  public static final CooperationArea MILITARY_MEDICINE = of("military-medicine");
  /** Defence industry. */
  public static final CooperationArea DEFENCE_INDUSTRY = of("defence-industry");
  /** Search and rescue. */
  public static final CooperationArea SEARCH_AND_RESCUE = of("search-and-rescue");
  /** Cooperation between navies. */
  public static final CooperationArea NAVAL = of("naval");
  /** Cooperation between air forces. */
  public static final CooperationArea AIR_FORCE = of("air-force");
  /** Information sharing. */
  public static final CooperationArea INFORMATION_SHARING = of("information-sharing");
  /** Logistics, e.g. mutual logistics support. */
  public static final CooperationArea LOGISTICS = of("logistics");
  /** Technology transfer. */
  public static final CooperationArea TECHNOLOGY_TRANSFER = of("technology-transfer");
  /** Cooperation between services and arms. */
  public static final CooperationArea SERVICES_AND_ARMS = of("services-and-arms");
  /** Regional and multilateral cooperation, e.g. ASEAN defence meetings. */
  public static final CooperationArea MULTILATERAL = of("multilateral");

  private static final List<CooperationArea> WELL_KNOWN = List.of(
      DELEGATION_EXCHANGE, DIALOGUE_AND_CONSULTATION, WAR_LEGACY, UN_PEACEKEEPING, TRAINING, HADR,
      CYBER_SECURITY, MILITARY_MEDICINE, DEFENCE_INDUSTRY, SEARCH_AND_RESCUE, NAVAL, AIR_FORCE,
      INFORMATION_SHARING, LOGISTICS, TECHNOLOGY_TRANSFER, SERVICES_AND_ARMS, MULTILATERAL);

  /** {@return the area's id, a lowercase slug such as {@code "war-legacy"}.} */
  @Value.Parameter
  public abstract String id();

  /**
   * Returns the area with this id.
   *
   * @param id a lowercase slug
   * @return the area
   * @throws ModelException if the id is not a slug
   */
  public static CooperationArea of(String id) {
    return ImmutableCooperationArea.of(id);
  }

  /** {@return the well-known areas, in a fixed order.} */
  public static List<CooperationArea> wellKnown() {
    return WELL_KNOWN;
  }

  /** {@return true when this is one of the {@linkplain #wellKnown() well-known} areas.} */
  public boolean isWellKnown() {
    return WELL_KNOWN.contains(this);
  }

  @Value.Check
  void check() {
    if (!Ids.isSlug(id())) {
      throw new ModelException(ModelMessages.notArea(id()));
    }
  }

  /** {@return orders areas by id.} */
  @Override
  public int compareTo(CooperationArea other) {
    return id().compareTo(other.id());
  }

  /** {@return the id.} */
  @Override
  public String toString() {
    return id();
  }
}

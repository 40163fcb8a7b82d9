package dev.readout.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.readout.core.dataset.Dataset;
import dev.readout.core.model.ActKind;
import dev.readout.core.model.AmountBasis;
import dev.readout.core.model.CommitmentKind;
import dev.readout.core.model.CommitmentStatus;
import dev.readout.core.model.EngagementFormat;
import dev.readout.core.model.EngagementKind;
import dev.readout.core.model.Firmness;
import dev.readout.core.model.InstrumentStatus;
import dev.readout.core.model.InstrumentKind;
import dev.readout.core.model.MilestoneKind;
import dev.readout.core.model.MilestoneOutcomeKind;
import dev.readout.core.model.OrganizationKind;
import dev.readout.core.model.ParticipantCapacity;
import dev.readout.core.model.ParticipantRole;
import dev.readout.core.model.PartnershipLevel;
import dev.readout.core.model.PartnershipTrack;
import dev.readout.core.model.ProgrammeKind;
import dev.readout.core.model.RecordKind;
import dev.readout.core.model.SourceKind;
import dev.readout.core.testing.Fixtures;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The JSON Schema of dataset files, checked with networknt's json-schema-validator (draft 2020-12):
 * exports validate, bad files do not, and the schema lists exactly the fields and enum values the
 * reader accepts and the fields an amendment may clear with {@code null}.
 */
class DatasetFilesSchemaTest {
  static final ObjectMapper JSON = new ObjectMapper();
  /** The schema, with the validator's messages in English whatever the default locale. */
  static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
      .getSchema(DatasetFiles.schema(), SchemaValidatorsConfig.builder().locale(Locale.ENGLISH).build());

  /** The schema's errors for a JSON text, as the validator words them. */
  static Set<String> errors(String json) throws IOException {
    return errors(JSON.readTree(json));
  }

  static Set<String> errors(JsonNode file) {
    return SCHEMA.validate(file).stream().map(ValidationMessage::getMessage).collect(Collectors.toSet());
  }

  @Test
  void exportsOfTheFixtureAndTheExampleAreValid() throws IOException {
    for (Dataset d : List.of(Fixtures.dataset(), DatasetFiles.read(DatasetFilesTest.resource("vn-jp-talks.yaml")))) {
      assertThat(errors(DatasetFiles.toString(d, Format.JSON))).isEmpty();
    }
  }

  @Test
  void theExampleFilesAreValidAsWritten() throws IOException {
    assertThat(errors(Files.readString(DatasetFilesTest.resource("vn-jp-talks.json")))).isEmpty();
    assertThat(errors(new YAMLMapper().readTree(DatasetFilesTest.resource("vn-jp-talks.yaml").toFile()))).isEmpty();
  }

  @Test
  void aFileWithAnUnknownFieldIsInvalid() throws IOException {
    ObjectNode file = (ObjectNode) JSON.readTree(DatasetFiles.toString(Fixtures.dataset(), Format.JSON));
    ((ObjectNode) file.get("engagements").get(0)).put("colour", "blue");

    assertThat(errors(file)).containsExactly(
        "/engagements/0: property 'colour' is not defined in the schema and the schema does not allow additional properties");
  }

  @Test
  void badValuesAreInvalid() throws IOException {
    assertThat(errors("{\"countries\": [\"Vietnam\"]}")).hasSize(1).allMatch(e -> e.startsWith("/countries/0: does not match the regex pattern"));
    assertThat(errors("{\"milestones\": [{\"id\": \"m\", \"title\": \"M\", \"kind\": \"expo\", \"date\": \"2022-13\","
        + " \"evidence\": []}]}")).containsExactlyInAnyOrder(
            "/milestones/0/kind: does not have a value in the enumeration [\"anniversary\", \"exhibition\", "
                + "\"chairmanship\", \"publication\", \"event\", \"other\"]",
            "/milestones/0/date: does not match the regex pattern " + dateRegex(),
            "/milestones/0/evidence: must have at least 1 items but found 0");
    assertThat(errors("{\"engagements\": [{\"id\": \"e\"}]}")).contains(
        "/engagements/0: required property 'date' not found");
  }

  @Test
  void theSchemaAcceptsTheDatesTheReaderAccepts() throws IOException {
    for (String date : List.of("2022", "2022-11", "2022-11-22", "2022-11?", "2024-09~", "2022%", "2022/2024",
        "2025/..", "../2024", "2025/", "/2024", "2021-04-01?/2022-03~")) {
      assertThat(errors("{\"milestones\": [{\"id\": \"m\", \"title\": \"M\", \"kind\": \"event\", \"date\": \"" + date
          + "\", \"evidence\": [{\"source\": \"s\", \"quote\": \"q\"}]}]}")).as(date).isEmpty();
    }
    for (String date : List.of("22", "2022-1", "2022-13", "2022-11-32", "2022?~", "..", "../..", "/", "2022 ")) {
      assertThat(errors("{\"milestones\": [{\"id\": \"m\", \"title\": \"M\", \"kind\": \"event\", \"date\": \"" + date
          + "\", \"evidence\": [{\"source\": \"s\", \"quote\": \"q\"}]}]}")).as(date).hasSize(1);
    }
  }

  @Test
  void theSchemaListsExactlyTheFieldsAndValuesTheReaderAccepts() throws IOException {
    JsonNode schema = JSON.readTree(DatasetFiles.schema());
    assertThat(names(schema.get("properties"))).isEqualTo(Shape.FILE);
    Map<String, List<String>> shapes = new java.util.HashMap<>(Map.ofEntries(
        Map.entry("appointment", Shape.APPOINTMENT), Map.entry("participant", Shape.PARTICIPANT),
        Map.entry("act", Shape.ACT), Map.entry("statusChange", Shape.STATUS_CHANGE),
        Map.entry("instrumentStatusChange", Shape.INSTRUMENT_STATUS_CHANGE), Map.entry("amount", Shape.AMOUNT),
        Map.entry("milestoneOutcome", Shape.MILESTONE_OUTCOME), Map.entry("translation", Shape.TRANSLATION),
        Map.entry("evidence", Shape.EVIDENCE)));
    // A record's entry may amend a record defined elsewhere: its keys are the amendment's.
    for (RecordKind kind : RecordKind.values()) {
      if (kind != RecordKind.COUNTRY) {
        shapes.put(kind.label(), Shape.amendment(kind));
        assertThat(Shape.amendment(kind)).as(kind.label()).containsAll(Shape.entry(kind)).containsAll(Shape.of(kind));
      }
    }
    JsonNode defs = schema.get("$defs");
    shapes.forEach((name, fields) -> {
      assertThat(names(defs.get(name).get("properties"))).as(name).isEqualTo(fields);
      assertThat(defs.get(name).get("additionalProperties").asBoolean(true)).as(name).isFalse();
    });
    Map<String, Class<? extends Enum<?>>> enums = Map.ofEntries(
        Map.entry("source.kind", SourceKind.class), Map.entry("organization.kind", OrganizationKind.class),
        Map.entry("partnership.level", PartnershipLevel.class), Map.entry("instrument.kind", InstrumentKind.class),
        Map.entry("engagement.kind", EngagementKind.class), Map.entry("engagement.format", EngagementFormat.class),
        Map.entry("participant.role", ParticipantRole.class), Map.entry("act.kind", ActKind.class),
        Map.entry("commitment.kind", CommitmentKind.class), Map.entry("statusChange.status", CommitmentStatus.class),
        Map.entry("programme.kind", ProgrammeKind.class), Map.entry("milestone.kind", MilestoneKind.class),
        Map.entry("partnership.track", PartnershipTrack.class), Map.entry("participant.capacity", ParticipantCapacity.class),
        Map.entry("commitment.firmness", Firmness.class), Map.entry("amount.basis", AmountBasis.class),
        Map.entry("instrumentStatusChange.status", InstrumentStatus.class),
        Map.entry("milestoneOutcome.outcome", MilestoneOutcomeKind.class));
    enums.forEach((field, type) -> {
      String[] at = field.split("\\.");
      JsonNode values = defs.get(at[0]).get("properties").get(at[1]).get("enum");
      List<String> listed = new ArrayList<>();
      values.forEach(v -> listed.add(v.asText()));
      assertThat(listed).as(field).isEqualTo(names(type));
    });
  }

  @Test
  void theSchemaLetsAnAmendmentClearExactlyTheFieldsTheReaderLetsItClear() throws IOException {
    Map<String, List<String>> byReader = new TreeMap<>();
    Map<String, List<String>> bySchema = new TreeMap<>();
    for (RecordKind kind : RecordKind.values()) {
      if (kind == RecordKind.COUNTRY) {
        continue;
      }
      for (String field : Shape.amendment(kind)) {
        if (Shape.AMENDMENT_OWN.contains(field)) {
          continue;
        }
        String json = "{\"" + kind.plural() + "\": [{\"id\": \"x\", \"amends\": true, \"" + field
            + "\": null, \"evidence\": [{\"source\": \"s\", \"quote\": \"q\"}]}]}";
        String path = kind.plural() + "[0]." + field;
        DatasetFileException e = catchThrowableOfType(DatasetFileException.class, () -> DatasetFiles.read("f.json",
            new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), Format.JSON, Dataset.empty()));
        if (e.problems().stream().noneMatch(p -> p.path().equals(path))) {
          byReader.computeIfAbsent(kind.label(), k -> new ArrayList<>()).add(field);
        }
        String pointer = "/" + kind.plural() + "/0/" + field + ":";
        if (errors(json).stream().noneMatch(m -> m.startsWith(pointer))) {
          bySchema.computeIfAbsent(kind.label(), k -> new ArrayList<>()).add(field);
        }
      }
    }
    assertThat(byReader.get("commitment")).containsExactly("engagement", "condition", "due", "dueAt");
    assertThat(bySchema).isEqualTo(byReader);
  }

  @Test
  void aFieldOfARecordMayNotBeNull() throws IOException {
    assertThat(errors("{\"milestones\": [{\"id\": \"m\", \"title\": \"M\", \"kind\": \"event\", \"date\": null,"
        + " \"evidence\": [{\"source\": \"s\", \"quote\": \"q\"}]}]}")).hasSize(1)
        .allMatch(e -> e.startsWith("/milestones/0/date: "));
  }

  private static List<String> names(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static List<String> names(Class<? extends Enum<?>> type) {
    return List.copyOf(Shape.byName((Class) type).keySet());
  }

  private static String dateRegex() {
    try {
      return JSON.readTree(DatasetFiles.schema()).get("$defs").get("date").get("pattern").asText();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}

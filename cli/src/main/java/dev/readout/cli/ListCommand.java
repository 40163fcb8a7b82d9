package dev.readout.cli;

import dev.readout.core.dataset.Dataset;
import dev.readout.core.model.Commitment;
import dev.readout.core.model.Country;
import dev.readout.core.model.Engagement;
import dev.readout.core.model.Party;
import dev.readout.reports.i18n.Labels;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code readout list}: a readable table of a dataset's countries, engagements or commitments. */
@Command(name = "list", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
    description = "List what a dataset holds, to check it before rendering.",
    footerHeading = "%nExamples:%n",
    footer = {"  ./readout list countries", "  ./readout list engagements --dataset my-data.yaml",
        "  ./readout list engagements --dataset data/",
        "  ./readout list commitments --as-of 2023-01-15"})
final class ListCommand implements Callable<Integer> {
  /** What to list. */
  enum What { COUNTRIES, ENGAGEMENTS, COMMITMENTS }

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "countries|engagements|commitments", description = "What to list.")
  What what;

  @Mixin
  DatasetOption dataset;

  @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "The day statuses are given as of (default: today).")
  LocalDate asOf;

  @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en", description = "Language of names and labels (default: ${DEFAULT-VALUE}).")
  String language;

  @Override
  public Integer call() {
    Labels labels = Labels.of(language);
    Dataset d = dataset.load();
    TerminalTable table = switch (what) {
      case COUNTRIES -> countries(d, labels);
      case ENGAGEMENTS -> engagements(d, labels);
      case COMMITMENTS -> commitments(d, labels, asOf == null ? LocalDate.now() : asOf);
    };
    table.print(spec.commandLine().getOut());
    return 0;
  }

  private static TerminalTable countries(Dataset d, Labels labels) {
    TerminalTable table = new TerminalTable("CODE", "NAME", "ENGAGEMENTS", "COMMITMENTS");
    for (Country c : d.countries()) {
      long commitments = d.commitments().stream().filter(x -> involves(d, x, c.code())).count();
      table.row(c.code(), labels.country(c.code()), Integer.toString(d.engagementsWith(c.code()).size()),
          Long.toString(commitments));
    }
    return table;
  }

  private static TerminalTable engagements(Dataset d, Labels labels) {
    TerminalTable table = new TerminalTable("ID", "DATE", "KIND", "SIDES", "TITLE");
    for (Engagement e : d.engagementsByDate()) {
      table.row(e.id(), labels.date(e.date()), labels.label(e.engagementKind()), String.join(", ", e.sides()), e.title());
    }
    return table;
  }

  private static TerminalTable commitments(Dataset d, Labels labels, LocalDate day) {
    TerminalTable table = new TerminalTable("ID", "KIND", "BY -> TO", "DUE", "STATUS", "OVERDUE", "WHAT");
    for (Commitment c : d.commitmentsByDate()) {
      String status = d.statusOn(c, day).map(labels::label).orElse("(not yet made)");
      table.row(c.id(), labels.label(c.commitmentKind()), parties(c.makers()) + " -> " + parties(c.addressees()),
          d.dueOf(c).map(labels::date).orElse(""), status, d.isOverdue(c, day) ? labels.get("common.overdue") : "", c.text());
    }
    return table;
  }

  private static boolean involves(Dataset d, Commitment c, String code) {
    return c.makers().stream().anyMatch(p -> d.countryOf(p).filter(code::equals).isPresent())
        || c.addressees().stream().anyMatch(p -> d.countryOf(p).filter(code::equals).isPresent());
  }

  private static String parties(List<Party> parties) {
    return parties.isEmpty() ? "-" : parties.stream().map(Party::id).collect(Collectors.joining(", "));
  }
}

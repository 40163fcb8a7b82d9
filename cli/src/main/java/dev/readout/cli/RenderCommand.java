package dev.readout.cli;

import dev.readout.core.dataset.Dataset;
import dev.readout.reports.briefing.BriefingOptions;
import dev.readout.reports.doc.DocumentRenderer;
import dev.readout.reports.doc.PageSize;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code readout render}: composes a briefing and writes it in each format asked for. */
@Command(name = "render", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
    description = "Render a briefing: the whole briefing book, a country brief, an engagement readout or the commitment tracker.",
    footerHeading = "%nExamples:%n",
    footer = {"  ./readout render book",
        "  ./readout render country --country US --as-of 2022-12-01",
        "  ./readout render country --lang vi            (one brief per counterpart)",
        "  ./readout render country --country VN --for US (written for the U.S. side)",
        "  ./readout render engagement --engagement giang-austin-2022 --format pdf,docx,md",
        "  ./readout render book --format html --lang vi  (one page to read or print)",
        "  ./readout render tracker --as-of 2023-01-15 --status open --area war-legacy",
        "  ./readout render book --dataset my-data.yaml --classification RESTRICTED --page-size letter",
        "  ./readout render book --dataset data/          (a folder of files, read as one dataset)",
        "  ./readout render book --font fonts/NotoSansKR-Regular.otf --strict",
        "  ./readout render country --template house.docx --theme house.yaml  (the ministry's house style)"})
final class RenderCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  RenderOptions options = new RenderOptions();

  /** Shows on a terminal how far the render has come; made when the command runs. */
  private Progress progress = Progress.OFF;

  /** The renderer of each format; tests put in their own. */
  BiFunction<OutputFormat, PageSize, DocumentRenderer> renderers =
      (format, size) -> options.renderer(format, size, progress.pageListener());

  @Override
  public Integer call() {
    options.checkKind("render");
    BriefingOptions briefing = options.briefingOptions();
    options.checkStyleOptions();
    PrintWriter err = spec.commandLine().getErr();
    progress = Progress.to(err);
    // Made before the dataset is read, so that a --font that is no font, a --template that is no
    // Word file or a --theme with mistakes is reported first.
    Map<OutputFormat, DocumentRenderer> rendererOf = options.renderers(renderers);
    RenderBatch.prepareAhead(rendererOf.values());
    Dataset data = options.dataset.load();
    RenderOptions.Written written = options.write(data, briefing, rendererOf, err, progress);
    PrintWriter stdout = spec.commandLine().getOut();
    written.files().forEach(stdout::println);
    return 0;
  }
}

package dev.readout.cli;

import dev.readout.core.dataset.Dataset;
import dev.readout.core.model.CommitmentStatus;
import dev.readout.core.model.CooperationArea;
import dev.readout.reports.briefing.BriefingOptions;
import dev.readout.reports.briefing.Briefings;
import dev.readout.reports.doc.Document;
import dev.readout.reports.doc.DocumentRenderer;
import dev.readout.reports.doc.PageSize;
import dev.readout.reports.doc.RenderResult;
import dev.readout.reports.doc.RenderWarning;
import dev.readout.reports.docx.DocxRenderer;
import dev.readout.reports.markdown.MarkdownRenderer;
import dev.readout.reports.pdf.PdfRenderer;
import dev.readout.reports.pdf.PdfTheme;
import dev.readout.reports.pdf.ThemeFileException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

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
  /** What to render. */
  enum Kind { BOOK, COUNTRY, ENGAGEMENT, TRACKER }

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "book|country|engagement|tracker", description = "What to render.")
  Kind kind;

  @Mixin
  DatasetOption dataset;

  @Option(names = "--country", paramLabel = "CC", description = "The counterpart of a country brief (ISO code); without it, one brief per counterpart.")
  String country;

  @Option(names = "--engagement", paramLabel = "ID", description = "The engagement of a readout.")
  String engagement;

  @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "The day the briefing speaks as of (default: today).")
  LocalDate asOf;

  @Option(names = "--format", paramLabel = "FORMAT", split = ",", defaultValue = "pdf,docx",
      description = "Formats to write, comma-separated: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  List<OutputFormat> formats;

  @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en", description = "Language: en or vi (default: ${DEFAULT-VALUE}).")
  String language;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "out", description = "Directory to write to (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--classification", paramLabel = "TEXT", description = "Classification marking shown on every page.")
  String classification;

  @Option(names = "--for", paramLabel = "CC",
      description = "The side the briefing is written for (ISO code); default: the dataset's home side.")
  String perspective;

  @Option(names = "--principal", paramLabel = "TEXT", description = "For whom the briefing is prepared, as the cover names them.")
  String principal;

  @Option(names = "--prepared-by", paramLabel = "TEXT", description = "Who prepared the briefing, as the cover names them.")
  String preparedBy;

  @Option(names = "--prepared-on", paramLabel = "YYYY-MM-DD", description = "The day it was prepared, shown on the cover.")
  LocalDate preparedOn;

  @Option(names = "--doc-version", paramLabel = "TEXT", description = "The briefing's version shown on the cover, e.g. 1.2 or draft.")
  String docVersion;

  @Option(names = "--page-size", paramLabel = "SIZE", converter = PageSizeConverter.class,
      description = "Paper: a4 or letter (default: a4; for docx with --template, the template's paper, which a size"
          + " given here replaces, turned as the template's page is).")
  PageSize pageSize;

  @Option(names = "--area", paramLabel = "AREA", description = "Tracker: keep only commitments in this cooperation area (repeatable).")
  List<CooperationArea> areas = new ArrayList<>();

  @Option(names = "--status", paramLabel = "STATUS", description = "Tracker: keep only commitments with this status (repeatable): ${COMPLETION-CANDIDATES}.")
  List<CommitmentStatus> statuses = new ArrayList<>();

  @Option(names = "--font", paramLabel = "FILE",
      description = "PDF: a font to draw the characters the bundled fonts lack (Hangul, Han, Devanagari, Arabic, ...):"
          + " a .ttf, .otf, .ttc or .otc file (repeatable; searched in the order given, before the fonts installed on"
          + " this machine).")
  List<Path> fonts = new ArrayList<>();

  @Option(names = "--template", paramLabel = "FILE",
      description = "Word: a .docx or .dotx file whose styles, theme, page set-up, header and footer (with its logo) the"
          + " Word file takes; Readout's headings, lists and tables take its styles of the same names. Applies to"
          + " docx only: the other formats ignore it, and a run without docx refuses it.")
  Path template;

  @Option(names = "--theme", paramLabel = "FILE",
      description = "PDF: a theme file (YAML) with the fonts, colours, margins and logo of the PDF. Applies to pdf only:"
          + " the other formats ignore it, and a run without pdf refuses it.")
  Path theme;

  @Option(names = "--strict",
      description = "Treat every warning (such as a character no font can show) as an error: report them all, write no"
          + " file and exit with status 1.")
  boolean strict;

  /** Reads {@code --page-size} as {@link PageSize#of} does, so the renderers and the command agree on the names. */
  static final class PageSizeConverter implements ITypeConverter<PageSize> {
    @Override
    public PageSize convert(String value) {
      try {
        return PageSize.of(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  /** The renderer of each format; tests put in their own. */
  BiFunction<OutputFormat, PageSize, DocumentRenderer> renderers = this::renderer;

  /**
   * The format's renderer on the paper given ({@code null} when {@code --page-size} was not): the
   * PDF one with the {@code --font} files as fallback fonts and the {@code --theme}, the Word one
   * with the {@code --template}, whose paper stands unless a size was given.
   *
   * @throws IllegalArgumentException if a font, the template or the theme cannot be used; {@link
   *     ThemeFileException} with every problem of the theme file
   */
  private DocumentRenderer renderer(OutputFormat format, PageSize size) {
    if (format == OutputFormat.PDF && (!fonts.isEmpty() || theme != null)) {
      PdfRenderer.Builder pdf = PdfRenderer.builder().fallbackFonts(fonts);
      if (size != null) {
        pdf.pageSize(size);
      }
      if (theme != null) {
        pdf.theme(PdfTheme.read(theme));
      }
      return pdf.build();
    }
    if (format == OutputFormat.DOCX && template != null) {
      DocxRenderer.Builder docx = DocxRenderer.builder().template(template);
      if (size != null) {
        docx.pageSize(size);
      }
      return docx.build();
    }
    return format.renderer(size);
  }

  /** Refuses {@code --template} and {@code --theme} when no format asked for uses them. */
  private void checkStyleOptions() {
    if (template != null && !formats.contains(OutputFormat.DOCX)) {
      throw CliException.usage("--template applies to docx only, but --format asks for " + names(formats)
          + "; add docx, or leave --template out");
    }
    if (theme != null && !formats.contains(OutputFormat.PDF)) {
      throw CliException.usage("--theme applies to pdf only, but --format asks for " + names(formats)
          + "; add pdf, or leave --theme out");
    }
  }

  private static String names(List<OutputFormat> formats) {
    return String.join(",", new LinkedHashSet<>(formats.stream().map(OutputFormat::extension).toList()));
  }

  @Override
  public Integer call() {
    if (kind == Kind.ENGAGEMENT && engagement == null) {
      throw CliException.usage("render engagement needs --engagement ID");
    }
    BriefingOptions.Builder b = BriefingOptions.builder().asOf(asOf == null ? LocalDate.now() : asOf).language(language)
        .statuses(Set.copyOf(statuses));
    b.areas(new LinkedHashSet<>(areas));
    if (classification != null) {
      b.classification(classification);
    }
    if (perspective != null) {
      b.perspective(perspective.toUpperCase(Locale.ROOT));
    }
    if (principal != null) {
      b.principal(principal);
    }
    if (preparedBy != null) {
      b.preparedBy(preparedBy);
    }
    if (preparedOn != null) {
      b.preparedOn(preparedOn);
    }
    if (docVersion != null) {
      b.version(docVersion);
    }
    BriefingOptions options = b.build();
    checkStyleOptions();
    // Made before the dataset is read, so that a --font that is no font, a --template that is no
    // Word file or a --theme with mistakes is reported first.
    Map<OutputFormat, DocumentRenderer> rendererOf = new LinkedHashMap<>();
    new LinkedHashSet<>(formats).forEach(f -> rendererOf.put(f, renderers.apply(f, pageSize)));
    Dataset data = dataset.load();
    String suffix = options.language().equals("en") ? "" : "." + options.language();
    Map<String, Document> documents = switch (kind) {
      case BOOK -> Map.of("briefing-book" + suffix, Briefings.briefingBook(data, options));
      case COUNTRY -> countryBriefs(data, options, suffix);
      case ENGAGEMENT -> Map.of("readout-" + engagement + suffix, Briefings.engagementReadout(data, engagement, options));
      case TRACKER -> Map.of("commitment-tracker" + suffix, Briefings.commitmentTracker(data, options));
    };

    PrintWriter err = spec.commandLine().getErr();
    List<Path> written;
    int warnings = 0;
    try (AtomicFiles files = AtomicFiles.open()) {
      for (Map.Entry<String, Document> d : documents.entrySet()) {
        for (Map.Entry<OutputFormat, DocumentRenderer> format : rendererOf.entrySet()) {
          Path target = out.resolve(d.getKey() + "." + format.getKey().extension());
          RenderResult result = render(withSideFiles(format.getValue(), d.getKey(), files), d.getValue(), files, target);
          for (RenderWarning w : result.warnings()) {
            err.println(Terminal.safe("warning: " + target + ": " + w.message() + (w.snippet().isEmpty() ? "" : " (" + w.snippet() + ")")));
            warnings++;
          }
        }
      }
      if (strict && warnings > 0) {
        // Closing the batch deletes every staged file: nothing is written, nothing replaced.
        throw new CliException(Main.INVALID, "--strict: the briefing must render without warnings, but it had "
            + warnings + " (above); no file was written", null);
      }
      written = files.commit();
    }
    PrintWriter stdout = spec.commandLine().getOut();
    written.forEach(stdout::println);
    return 0;
  }

  /**
   * The renderer, made to write the files its output links to (Markdown's figures, as SVG files
   * named after the document: {@code country-brief-us-figure-1.svg}, {@code
   * country-brief-us-vi-figure-1.svg}) into the same batch, so they
   * are written with it or not at all.
   */
  private DocumentRenderer withSideFiles(DocumentRenderer renderer, String baseName, AtomicFiles files) {
    if (!(renderer instanceof MarkdownRenderer markdown)) {
      return renderer;
    }
    return MarkdownRenderer.builder().githubAlerts(markdown.githubAlerts())
        .figureFiles(baseName.replace('.', '-') + "-", (name, content) -> {
          OutputStream side = files.stage(out.resolve(name));
          side.write(content);
          side.flush();
        })
        .build();
  }

  /** One brief per counterpart, or the one {@code --country} names. */
  private Map<String, Document> countryBriefs(Dataset data, BriefingOptions options, String suffix) {
    Map<String, Document> briefs = new LinkedHashMap<>();
    List<String> codes = country == null ? Briefings.counterparts(data, options) : List.of(country.toUpperCase(Locale.ROOT));
    for (String code : codes) {
      briefs.put("country-brief-" + code.toLowerCase(Locale.ROOT) + suffix, Briefings.countryBrief(data, code, options));
    }
    return briefs;
  }

  /**
   * Renders the document straight into the staged file of {@code target}. A failure says which file
   * and why: the file's own write failure ("cannot write out/x.pdf: no space left on device") however
   * the renderer passed it on, else the renderer's.
   */
  private static RenderResult render(DocumentRenderer renderer, Document document, AtomicFiles files, Path target) {
    OutputStream stream = files.stage(target);
    try {
      return renderer.render(document, stream);
    } catch (IOException e) {
      files.checkWritten(target);
      throw CliException.io("cannot render " + target + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      files.checkWritten(target);
      throw e;
    }
  }
}

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
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.BooleanSupplier;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

/**
 * What {@code render} and {@code watch} render, and how: their options (one set, so the two
 * commands take the same ones), and one render of them — compose the briefings of a dataset, write
 * each in every format asked for, all files or none ({@link #write}).
 */
final class RenderOptions {
  /** What to render. */
  enum Kind { BOOK, COUNTRY, ENGAGEMENT, TRACKER }

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

  /**
   * What one render wrote.
   *
   * @param files the files written, in the order written
   * @param warnings how many warnings the renderers gave (each printed)
   */
  record Written(List<Path> files, int warnings) {}

  /**
   * The format's renderer on the paper given ({@code null} when {@code --page-size} was not): the
   * PDF one with the {@code --font} files as fallback fonts and the {@code --theme}, the Word one
   * with the {@code --template}, whose paper stands unless a size was given. A PDF renderer tells
   * {@code pages} of its pages, when given.
   *
   * @throws IllegalArgumentException if a font, the template or the theme cannot be used; {@link
   *     ThemeFileException} with every problem of the theme file
   */
  DocumentRenderer renderer(OutputFormat format, PageSize size, PdfRenderer.PageListener pages) {
    if (format == OutputFormat.PDF && (!fonts.isEmpty() || theme != null || pages != null)) {
      PdfRenderer.Builder pdf = PdfRenderer.builder().fallbackFonts(fonts);
      if (size != null) {
        pdf.pageSize(size);
      }
      if (theme != null) {
        pdf.theme(PdfTheme.read(theme));
      }
      if (pages != null) {
        pdf.pageListener(pages);
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

  /**
   * Checks that an engagement readout is told its engagement.
   *
   * @param command the command's name, for the message
   * @throws CliException a usage error
   */
  void checkKind(String command) {
    if (kind == Kind.ENGAGEMENT && engagement == null) {
      throw CliException.usage(command + " engagement needs --engagement ID");
    }
  }

  /** Refuses {@code --template} and {@code --theme} when no format asked for uses them. */
  void checkStyleOptions() {
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

  /** {@return the briefing options the command line gives, as of {@code --as-of} or today} */
  BriefingOptions briefingOptions() {
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
    return b.build();
  }

  /**
   * The renderer of each format asked for, each once, in the order asked.
   *
   * @param made makes the renderer of a format on the {@code --page-size} paper
   */
  Map<OutputFormat, DocumentRenderer> renderers(BiFunction<OutputFormat, PageSize, DocumentRenderer> made) {
    Map<OutputFormat, DocumentRenderer> rendererOf = new LinkedHashMap<>();
    new LinkedHashSet<>(formats).forEach(f -> rendererOf.put(f, made.apply(f, pageSize)));
    return rendererOf;
  }

  /**
   * Composes the briefings of the dataset and writes each with every renderer into {@code --out},
   * all files or none: a failure, or a warning under {@code --strict}, leaves every earlier file as
   * it was. Each warning is printed to {@code err}, one a line.
   *
   * @param data the dataset
   * @param options the briefing options, from {@link #briefingOptions()}
   * @param rendererOf the renderer of each format, from {@link #renderers}
   * @param err where warnings go
   * @param progress told of each file as it is rendered
   * @return the files written and the number of warnings
   * @throws CliException if a file cannot be written, or under {@code --strict} when there were warnings
   */
  Written write(Dataset data, BriefingOptions options, Map<OutputFormat, DocumentRenderer> rendererOf, PrintWriter err,
                Progress progress) {
    return writeIfCurrent(data, options, rendererOf, err, progress, () -> true).orElseThrow();
  }

  /**
   * As {@link #write}, but once every file is rendered, and before a warning is printed or a file
   * written, asks {@code current} whether the render is still of the files as they are: when it is
   * not (they changed while it ran), the render is dropped, nothing is printed and no file changes.
   *
   * @param current whether the rendered files are still wanted
   * @return the files written and the number of warnings; empty when the render was dropped
   */
  Optional<Written> writeIfCurrent(Dataset data, BriefingOptions options, Map<OutputFormat, DocumentRenderer> rendererOf,
                                   PrintWriter err, Progress progress, BooleanSupplier current) {
    Map<String, Document> documents = documents(data, options);

    List<Path> written;
    int warnings = 0;
    try (AtomicFiles files = AtomicFiles.open()) {
      List<RenderBatch.File> batch = new ArrayList<>();
      // Each file with the files its render writes beside it (Markdown's figures), in the order listed.
      Map<Path, List<Path>> filesOf = new LinkedHashMap<>();
      for (Map.Entry<String, Document> d : documents.entrySet()) {
        for (Map.Entry<OutputFormat, DocumentRenderer> format : rendererOf.entrySet()) {
          Path target = out.resolve(d.getKey() + "." + format.getKey().extension());
          List<Path> beside = new ArrayList<>();
          filesOf.put(target, beside);
          batch.add(new RenderBatch.File(target, d.getValue(), format.getKey(),
              withSideFiles(format.getValue(), d.getKey(), files, beside)));
        }
      }
      List<RenderResult> results = RenderBatch.render(batch, files, progress);
      if (!current.getAsBoolean()) {
        return Optional.empty(); // closing the batch deletes every staged file
      }
      for (int i = 0; i < batch.size(); i++) {
        Path target = batch.get(i).target();
        for (RenderWarning w : results.get(i).warnings()) {
          progress.clear();
          err.println(Terminal.safe("warning: " + target + ": " + w.message() + (w.snippet().isEmpty() ? "" : " (" + w.snippet() + ")")));
          warnings++;
        }
      }
      progress.clear();
      if (strict && warnings > 0) {
        // Closing the batch deletes every staged file: nothing is written, nothing replaced.
        throw new CliException(Main.INVALID, "--strict: the briefing must render without warnings, but it had "
            + warnings + " (above); no file was written", null);
      }
      files.commit();
      List<Path> listed = new ArrayList<>();
      filesOf.forEach((target, beside) -> {
        listed.add(target);
        listed.addAll(beside);
      });
      written = listed;
    } finally {
      progress.clear();
    }
    return Optional.of(new Written(written, warnings));
  }

  /**
   * Composes the briefings asked for, each by the name of its files without extension ({@code
   * briefing-book}, {@code country-brief-us.vi}).
   */
  Map<String, Document> documents(Dataset data, BriefingOptions options) {
    String suffix = options.language().equals("en") ? "" : "." + options.language();
    return switch (kind) {
      case BOOK -> Map.of("briefing-book" + suffix, Briefings.briefingBook(data, options));
      case COUNTRY -> countryBriefs(data, options, suffix);
      case ENGAGEMENT -> Map.of("readout-" + engagement + suffix, Briefings.engagementReadout(data, engagement, options));
      case TRACKER -> Map.of("commitment-tracker" + suffix, Briefings.commitmentTracker(data, options));
    };
  }

  /**
   * The renderer, made to write the files its output links to (Markdown's figures, as SVG files
   * named after the document: {@code country-brief-us-figure-1.svg}, {@code
   * country-brief-us-vi-figure-1.svg}) into the same batch, so they
   * are written with it or not at all, and noting each in {@code beside}.
   */
  private DocumentRenderer withSideFiles(DocumentRenderer renderer, String baseName, AtomicFiles files,
                                         List<Path> beside) {
    if (!(renderer instanceof MarkdownRenderer markdown)) {
      return renderer;
    }
    return MarkdownRenderer.builder().githubAlerts(markdown.githubAlerts())
        .figureFiles(baseName.replace('.', '-') + "-", (name, content) -> {
          Path file = out.resolve(name);
          OutputStream side = files.stage(file);
          beside.add(file);
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
}

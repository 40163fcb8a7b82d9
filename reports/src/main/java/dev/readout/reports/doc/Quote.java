package dev.readout.reports.doc;

/**
 * A verbatim quotation in the language it was written in, which may differ from the document's:
 * renderers put it in quotation marks and mark its language where the format can (HTML's {@code
 * lang}, Word's proofing language), so a screen reader and a spelling checker treat it as that
 * language.
 *
 * @param text the quoted words, without quotation marks; not blank
 * @param language its language as a well-formed BCP 47 tag
 */
public record Quote(String text, String language) implements Inline {

  /**
   * Creates a quotation.
   *
   * @throws DocumentException if the text is blank or the language tag is not well formed
   */
  public Quote {
    Checks.notBlank(text, "quote text");
    Metadata.checkLanguage(language);
  }

  /**
   * Returns the quotation in the quotation marks every renderer uses: {@code “text”}.
   *
   * @return the text between curly double quotation marks
   */
  public String marked() {
    return "\u201c" + text + "\u201d";
  }

  @Override
  public <R> R accept(InlineVisitor<R> visitor) {
    return visitor.visit(this);
  }
}

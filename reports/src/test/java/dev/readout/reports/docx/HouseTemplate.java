package dev.readout.reports.docx;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.NumberingDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/**
 * A ministry's Word template, made with POI the way Word in German saves one: the styles have
 * German ids ({@code Standard}, {@code berschrift1}) and Word's English names; Normal is Georgia in
 * dark red, Heading 1 Verdana in green; a theme; an A5 landscape page with margins of its own; a
 * header with a small PNG crest (with transparency) and the ministry's name; a footer without page
 * numbers; and a numbering definition of its own.
 */
final class HouseTemplate {
  static final String BODY_FONT = "Georgia";
  static final String BODY_COLOUR = "5A1E1E";
  static final String HEADING_FONT = "Verdana";
  static final String HEADING_COLOUR = "0B6E4F";
  static final String NORMAL_ID = "Standard";
  static final String HEADING_ID = "berschrift1";
  static final String HEADER_TEXT = "Ministry of Defence – Office of the Minister";
  static final String FOOTER_TEXT = "Hà Nội · Official use";
  /** A5 landscape, in twips. */
  static final int WIDTH = 11906;
  static final int HEIGHT = 8391;
  static final int TOP = 1000;
  static final int BOTTOM = 900;
  static final int LEFT = 1300;
  static final int RIGHT = 1200;

  static final String STYLES = """
      <w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
        <w:docDefaults>
          <w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi"/><w:sz w:val="20"/><w:lang w:val="de-DE"/></w:rPr></w:rPrDefault>
          <w:pPrDefault><w:pPr><w:spacing w:after="80"/></w:pPr></w:pPrDefault>
        </w:docDefaults>
        <w:style w:type="paragraph" w:default="1" w:styleId="Standard">
          <w:name w:val="Normal"/><w:qFormat/>
          <w:rPr><w:rFonts w:ascii="Georgia" w:hAnsi="Georgia"/><w:color w:val="5A1E1E"/></w:rPr>
        </w:style>
        <w:style w:type="paragraph" w:styleId="berschrift1">
          <w:name w:val="heading 1"/><w:basedOn w:val="Standard"/><w:next w:val="Standard"/><w:qFormat/>
          <w:pPr><w:keepNext/><w:outlineLvl w:val="0"/></w:pPr>
          <w:rPr><w:rFonts w:ascii="Verdana" w:hAnsi="Verdana"/><w:b/><w:color w:val="0B6E4F"/><w:sz w:val="36"/></w:rPr>
        </w:style>
        <w:style w:type="paragraph" w:styleId="Kopfzeile">
          <w:name w:val="header"/><w:basedOn w:val="Standard"/>
          <w:rPr><w:sz w:val="16"/></w:rPr>
        </w:style>
        <w:style w:type="table" w:styleId="Compact">
          <w:name w:val="House table"/>
        </w:style>
      </w:styles>
      """;

  static final String NUMBERING = """
      <w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
        <w:abstractNum w:abstractNumId="4"><w:multiLevelType w:val="singleLevel"/>
          <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/></w:lvl>
        </w:abstractNum>
        <w:num w:numId="7"><w:abstractNumId w:val="4"/></w:num>
      </w:numbering>
      """;

  static final String THEME = """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="House"><a:themeElements>\
      <a:clrScheme name="House"><a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1>\
      <a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1><a:dk2><a:srgbClr val="0B6E4F"/></a:dk2>\
      <a:lt2><a:srgbClr val="EEECE1"/></a:lt2><a:accent1><a:srgbClr val="0B6E4F"/></a:accent1>\
      <a:accent2><a:srgbClr val="5A1E1E"/></a:accent2><a:accent3><a:srgbClr val="9BBB59"/></a:accent3>\
      <a:accent4><a:srgbClr val="8064A2"/></a:accent4><a:accent5><a:srgbClr val="4BACC6"/></a:accent5>\
      <a:accent6><a:srgbClr val="F79646"/></a:accent6><a:hlink><a:srgbClr val="0000FF"/></a:hlink>\
      <a:folHlink><a:srgbClr val="800080"/></a:folHlink></a:clrScheme>\
      <a:fontScheme name="House"><a:majorFont><a:latin typeface="Verdana"/><a:ea typeface=""/><a:cs typeface=""/></a:majorFont>\
      <a:minorFont><a:latin typeface="Georgia"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont></a:fontScheme>\
      <a:fmtScheme name="House"><a:fillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill>\
      <a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:fillStyleLst>\
      <a:lnStyleLst><a:ln w="9525"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln>\
      <a:ln w="25400"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln>\
      <a:ln w="38100"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln></a:lnStyleLst>\
      <a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle>\
      <a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst>\
      <a:bgFillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill>\
      <a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:bgFillStyleLst></a:fmtScheme></a:themeElements></a:theme>""";

  private HouseTemplate() {}

  /** The crest: a 12 × 12 PNG, green on a transparent ground. */
  static byte[] logo() {
    BufferedImage image = new BufferedImage(12, 12, BufferedImage.TYPE_INT_ARGB);
    for (int y = 2; y < 10; y++) {
      for (int x = 2; x < 10; x++) {
        image.setRGB(x, y, new Color(0x0B, 0x6E, 0x4F).getRGB());
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** The template's bytes: the same on every call. */
  static byte[] bytes() {
    try (XWPFDocument doc = new XWPFDocument()) {
      doc.createStyles().setStyles(StylesDocument.Factory.parse(STYLES).getStyles());
      doc.createNumbering().setNumbering(NumberingDocument.Factory.parse(NUMBERING).getNumbering());
      PackagePartName themeName = PackagingURIHelper.createPartName("/word/theme/theme1.xml");
      PackagePart theme = doc.getPackage().createPart(themeName, DocxTemplate.THEME_CONTENT_TYPE);
      try (OutputStream out = theme.getOutputStream()) {
        out.write(THEME.getBytes(StandardCharsets.UTF_8));
      }
      doc.getPackagePart().addRelationship(themeName, TargetMode.INTERNAL, DocxTemplate.THEME_RELATIONSHIP);
      doc.createParagraph().createRun().setText("The template's own text, which no render takes.");

      CTSectPr sectPr = doc.getDocument().getBody().addNewSectPr();
      CTPageSz size = sectPr.addNewPgSz();
      size.setW(BigInteger.valueOf(WIDTH));
      size.setH(BigInteger.valueOf(HEIGHT));
      size.setOrient(STPageOrientation.LANDSCAPE);
      CTPageMar margins = sectPr.addNewPgMar();
      margins.setTop(BigInteger.valueOf(TOP));
      margins.setBottom(BigInteger.valueOf(BOTTOM));
      margins.setLeft(BigInteger.valueOf(LEFT));
      margins.setRight(BigInteger.valueOf(RIGHT));
      margins.setHeader(BigInteger.valueOf(400));
      margins.setFooter(BigInteger.valueOf(400));
      margins.setGutter(BigInteger.ZERO);

      XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
      XWPFRun crest = header.createParagraph().createRun();
      crest.addPicture(new ByteArrayInputStream(logo()), PictureType.PNG, "crest.png", Units.toEMU(24),
          Units.toEMU(24));
      crest.setText(HEADER_TEXT);
      XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
      footer.createParagraph().createRun().setText(FOOTER_TEXT);

      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.write(out);
      return out.toByteArray();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}

package newsearch.indexer.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PageCharsetTest {

  @Test
  void aPageIsDecodedInTheCharsetItsMetaTagDeclares() throws IOException {
    try (InputStream in = PageCharsetTest.class.getResourceAsStream("/html/windows-1251.html")) {
      String text = PageCharset.decode(in.readAllBytes());
      assertTrue(text.contains("Мост откроют в пятницу"), text);
    }
  }

  @Test
  void latin1LabelsMeanWindows1252AsInBrowsers() {
    byte[] page =
        "<meta charset=\"iso-8859-1\"><p>\u201cCaf\u00e9\u201d</p>"
            .getBytes(Charset.forName("windows-1252"));
    assertTrue(PageCharset.decode(page).contains("\u201cCaf\u00e9\u201d"));
  }

  @Test
  void validUtf8WinsOverAWrongSingleByteDeclaration() {
    byte[] page = "<meta charset=\"iso-8859-1\"><p>Zürich</p>".getBytes(StandardCharsets.UTF_8);
    assertTrue(PageCharset.decode(page).contains("Zürich"));
  }

  @Test
  void aByteOrderMarkComesFirst() {
    byte[] text = "<meta charset=\"windows-1251\"><p>Ωmega</p>".getBytes(StandardCharsets.UTF_16LE);
    byte[] page = new byte[text.length + 2];
    page[0] = (byte) 0xFF;
    page[1] = (byte) 0xFE;
    System.arraycopy(text, 0, page, 2, text.length);
    assertEquals("<meta charset=\"windows-1251\"><p>Ωmega</p>", PageCharset.decode(page));
  }

  @Test
  void anUndeclaredPageThatIsNotUtf8IsReadAsWindows1252() {
    byte[] page = "<p>na\u00efve</p>".getBytes(StandardCharsets.ISO_8859_1);
    assertEquals("<p>na\u00efve</p>", PageCharset.decode(page));
  }
}

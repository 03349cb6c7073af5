package newsearch.server.search.feed;

import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Feed entries as an Atom document (RFC 4287). Entry ids are tag URIs made from the article id
 * alone, so a feed reader knows an article it has seen whatever host or search it came through.
 */
public final class AtomFeed {

  static final String ATOM = "http://www.w3.org/2005/Atom";
  static final String ID_PREFIX = "tag:newsearch,2024:article:";

  /**
   * What the feed is of.
   *
   * @param title what the feed is of, as a reader lists it
   * @param self the feed's own absolute URL
   * @param page the absolute URL of the search page showing the same search
   * @param base the absolute URL of the server, to which article views are relative
   * @param marks the query whose words the article view marks; empty for none
   * @param empty the feed's update time when it has no entry
   */
  public record Head(
      String title, String self, String page, String base, String marks, Instant empty) {}

  private AtomFeed() {}

  public static void write(Head head, List<FeedEntry> entries, OutputStream out) {
    try {
      XMLStreamWriter xml =
          XMLOutputFactory.newFactory().createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeStartElement("feed");
      xml.writeDefaultNamespace(ATOM);
      element(xml, "id", head.self());
      element(xml, "title", head.title());
      element(
          xml,
          "updated",
          (entries.isEmpty() ? head.empty() : entries.getFirst().firstSeen()).toString());
      link(xml, "self", head.self(), "application/atom+xml");
      link(xml, "alternate", head.page(), "text/html");
      xml.writeStartElement("author");
      element(xml, "name", "newsearch");
      xml.writeEndElement();
      element(xml, "generator", "newsearch");
      for (FeedEntry e : entries) {
        entry(xml, head, e);
      }
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.flush();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("The feed could not be written", e);
    }
  }

  private static void entry(XMLStreamWriter xml, Head head, FeedEntry e) throws XMLStreamException {
    xml.writeStartElement("entry");
    element(xml, "id", ID_PREFIX + encode(e.id()));
    element(xml, "title", e.headline() == null || e.headline().isBlank() ? e.id() : e.headline());
    element(xml, "updated", e.firstSeen().toString());
    published(e.date()).ifPresent(p -> element(xml, "published", p));
    String view =
        head.base()
            + "/?article="
            + encode(e.id())
            + (head.marks().isEmpty() ? "" : "&q=" + encode(head.marks()));
    link(xml, "alternate", view, "text/html");
    if (e.url() != null && !e.url().isBlank()) {
      link(xml, "via", e.url(), null);
    }
    if (e.source() != null && !e.source().isBlank()) {
      xml.writeStartElement("author");
      element(xml, "name", e.source());
      xml.writeEndElement();
    }
    for (String matched : e.matched()) {
      xml.writeEmptyElement("category");
      xml.writeAttribute("term", xmlText(matched));
      xml.writeAttribute("label", xmlText("matched " + matched));
    }
    xml.writeStartElement("summary");
    xml.writeAttribute("type", "html");
    xml.writeCharacters(xmlText(e.snippet() == null ? "" : e.snippet()));
    xml.writeEndElement();
    xml.writeEndElement();
  }

  /** The article's day as an Atom date; empty when it has none or it does not parse. */
  private static Optional<String> published(String date) {
    if (date == null || date.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          LocalDate.parse(date.substring(0, Math.min(10, date.length())))
              .atStartOfDay(ZoneOffset.UTC)
              .toInstant()
              .toString());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static void element(XMLStreamWriter xml, String name, String text) {
    try {
      xml.writeStartElement(name);
      xml.writeCharacters(xmlText(text));
      xml.writeEndElement();
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The text without what XML 1.0 cannot hold (control characters, lone surrogates): scraped pages
   * carry them, and one would make the whole feed unreadable to a reader.
   */
  static String xmlText(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean pair =
          Character.isHighSurrogate(c)
              && i + 1 < text.length()
              && Character.isLowSurrogate(text.charAt(i + 1));
      boolean allowed =
          pair
              || c == '\t'
              || c == '\n'
              || c == '\r'
              || (c >= 0x20 && c <= 0xD7FF)
              || (c >= 0xE000 && c <= 0xFFFD);
      if (!allowed && out == null) {
        out = new StringBuilder(text.length()).append(text, 0, i);
      } else if (out != null && allowed) {
        out.append(c);
      }
      if (pair) {
        if (out != null) {
          out.append(text.charAt(i + 1));
        }
        i++;
      }
    }
    return out == null ? text : out.toString();
  }

  private static void link(XMLStreamWriter xml, String rel, String href, String type)
      throws XMLStreamException {
    xml.writeEmptyElement("link");
    xml.writeAttribute("rel", rel);
    xml.writeAttribute("href", href);
    if (type != null) {
      xml.writeAttribute("type", type);
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}

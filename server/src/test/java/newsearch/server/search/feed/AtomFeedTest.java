package newsearch.server.search.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.io.WireFeedInput;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AtomFeedTest {

  @Test
  void controlCharactersOfAScrapedPageNeverMakeTheFeedUnreadable() throws Exception {
    var entry =
        new FeedEntry(
            "a\u0001b",
            "Head\u0000line \uD83D\uDE42 and a lone \uD800 half",
            "Her\u001Fald",
            "2024-01-02",
            "https://example.org/x",
            "a <mark>word</mark>\u000B here",
            Instant.parse("2024-01-03T10:00:00Z"),
            List.of("label\u0002"));
    var out = new ByteArrayOutputStream();
    AtomFeed.write(
        new AtomFeed.Head(
            "newsearch: word",
            "https://n.example/api/feed.atom?q=word",
            "https://n.example/?q=word",
            "https://n.example",
            "word",
            Instant.EPOCH),
        List.of(entry),
        out);
    Feed feed =
        (Feed) new WireFeedInput().build(new StringReader(out.toString(StandardCharsets.UTF_8)));
    var parsed = feed.getEntries().getFirst();
    assertEquals("Headline \uD83D\uDE42 and a lone  half", parsed.getTitleEx().getValue());
    assertEquals("Herald", parsed.getAuthors().getFirst().getName());
    assertEquals("label", parsed.getCategories().getFirst().getTerm());
    assertEquals("tag:newsearch,2024:article:a%01b", parsed.getId());
    assertTrue(parsed.getSummary().getValue().contains("<mark>word</mark> here"));
    assertEquals("2024-01-02T00:00:00Z", parsed.getPublished().toInstant().toString());
  }
}

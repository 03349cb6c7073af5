package newsearch.bench.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import newsearch.indexer.index.IndexSchema;
import newsearch.indexer.index.NewsAnalyzer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The reference run: plain Lucene BM25(0.9, 0.4) over one field holding headline + " " + body,
 * newsearch's analyzer, each query an OR of its analyzed terms (a repeated term repeated). This is
 * the setup behind the collection README's MAP 0.3252 / nDCG@10 0.4714.
 */
public final class BareBm25 implements AutoCloseable {

  private static final String TEXT = "text";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Analyzer analyzer = new NewsAnalyzer();
  private final ByteBuffersDirectory dir = new ByteBuffersDirectory();
  private final DirectoryReader reader;
  private final IndexSearcher searcher;

  public BareBm25(Path corpus) throws IOException {
    var config = new IndexWriterConfig(analyzer).setSimilarity(IndexSchema.SIMILARITY);
    try (var writer = new IndexWriter(dir, config);
        BufferedReader lines = Files.newBufferedReader(corpus, StandardCharsets.UTF_8)) {
      String line;
      while ((line = lines.readLine()) != null) {
        if (!line.isBlank()) {
          JsonNode node = JSON.readTree(line);
          var doc = new Document();
          doc.add(new StringField(IndexSchema.ID, node.path("id").asText(), Field.Store.YES));
          String text = node.path("headline").asText("") + " " + node.path("body").asText("");
          doc.add(new TextField(TEXT, text, Field.Store.NO));
          writer.addDocument(doc);
        }
      }
    }
    reader = DirectoryReader.open(dir);
    searcher = new IndexSearcher(reader);
    searcher.setSimilarity(IndexSchema.SIMILARITY);
  }

  /** The ids of the best {@code n} documents for {@code query}. */
  public List<String> search(String query, int n) throws IOException {
    var or = new BooleanQuery.Builder();
    try (TokenStream tokens = analyzer.tokenStream(TEXT, query)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      tokens.reset();
      while (tokens.incrementToken()) {
        or.add(new TermQuery(new Term(TEXT, term.toString())), Occur.SHOULD);
      }
      tokens.end();
    }
    StoredFields stored = searcher.storedFields();
    var ids = new ArrayList<String>();
    for (ScoreDoc hit : searcher.search(or.build(), n).scoreDocs) {
      ids.add(stored.document(hit.doc).get(IndexSchema.ID));
    }
    return ids;
  }

  @Override
  public void close() throws IOException {
    reader.close();
    dir.close();
  }
}

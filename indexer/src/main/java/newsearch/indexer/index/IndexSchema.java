package newsearch.indexer.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import newsearch.indexer.model.Article;
import newsearch.indexer.model.Extraction;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.FloatPoint;
import org.apache.lucene.document.IntField;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;

/**
 * The one definition of the index: field names, how each is indexed, the analyzer and the
 * similarity. The indexer writes documents with {@link #toDocument}; the server reads the same
 * names from here.
 */
public final class IndexSchema {

  /** Unique article key: exact term, stored, sortable. */
  public static final String ID = "id";

  /** Analyzed text with offsets for highlighting; stored. */
  public static final String HEADLINE = "headline";

  /**
   * Stores the article's body; its postings hold the body and then the headline {@link
   * #HEADLINE_REPEATS} times, so that one term query scores a word over both as one field (BM25F
   * with the headline weighted) and Lucene's block-max WAND can skip documents that cannot make the
   * top hits.
   */
  public static final String BODY = "body";

  /**
   * How many times the headline counts in {@link #BODY}'s postings: its weight against the body.
   */
  public static final int HEADLINE_REPEATS = 3;

  /** Exact outlet name: filter term, facet doc values, stored. Absent when unknown. */
  public static final String SOURCE = "source";

  /** The outlet name analyzed, so {@code source:guardian} finds "The Guardian". */
  public static final String SOURCE_TEXT = "source_text";

  /** Bylines analyzed for search; {@link #AUTHOR} holds the exact names for a facet. */
  public static final String AUTHORS = "authors";

  public static final String AUTHOR = "author";

  /** Day of publication as epoch day: range filter, sort key and histogram. Absent if undated. */
  public static final String DAY = "day";

  /** The date as precise as the source gave it (ISO text), stored only. */
  public static final String DATE = "date";

  public static final String URL = "url";

  /** Corpus file of the article, relative to the corpus root: the unit of incremental reindex. */
  public static final String PATH = "path";

  /** Size, modification time and content hash of the article's file when it was indexed. */
  public static final String FILE_VERSION = "file_version";

  /**
   * Names the body mentions, as {@code key:term} (the name fold's key, then the analyzed term): a
   * search finds the spellings of a name that share its key here. Not stored, no norms, no
   * positions.
   */
  public static final String NAMES = "names";

  /**
   * What the search box suggests from this article: one exact term per name ({@link #SUGGEST_NAME},
   * then the name as written) and per headline phrase ({@link #SUGGEST_PHRASE}, then the phrase in
   * lower case). The server counts the live articles holding each term. Not stored, no norms, no
   * positions.
   */
  public static final String SUGGEST = "suggest";

  /**
   * When newsearch first saw the article, in epoch milliseconds: kept across reindexes, even a
   * {@code --full} one, so that a feed of new matches announces each article once. Stored, and as
   * doc values to sort by.
   */
  public static final String FIRST_SEEN = "first_seen";

  /** The prefix of a name in {@link #SUGGEST}. */
  public static final String SUGGEST_NAME = "n:";

  /** The prefix of a headline phrase in {@link #SUGGEST}. */
  public static final String SUGGEST_PHRASE = "p:";

  /** The article's story: a hash of the smallest id among its near-duplicates (doc values). */
  public static final String STORY = "story";

  /** The LSH band keys of the body's MinHash: near-duplicate candidates share one. */
  public static final String STORY_BAND = "story_band";

  /** The body's MinHash signature (binary doc values), to confirm a candidate. */
  public static final String MINHASH = "minhash";

  /** How the body was found ({@code dom-score}, {@code text-lines}, {@code given}…): stored. */
  public static final String EXTRACTION = "extraction";

  /** How sure extraction is of the body, 0..1: a float point for filters, and stored. */
  public static final String CONFIDENCE = "confidence";

  /** Where the headline, date, source and authors came from: stored, empty ones left out. */
  public static final String HEADLINE_ORIGIN = "headline_origin";

  public static final String DATE_ORIGIN = "date_origin";
  public static final String SOURCE_ORIGIN = "source_origin";
  public static final String AUTHORS_ORIGIN = "authors_origin";

  /** Stored: why an article has no date, as its extraction tells. */
  public static final String UNDATED = "undated";

  /** Commit user data: when the index was built and what built it. */
  public static final String BUILT_AT = "newsearch.builtAt";

  public static final String CORPUS = "newsearch.corpus";

  /** BM25 with Anserini's news/CACM parameters rather than Lucene's defaults (k1=1.2, b=0.75). */
  public static final Similarity SIMILARITY = new BM25Similarity(0.9f, 0.4f);

  /**
   * The headline: stored, and offsets in the postings let the unified highlighter mark matches
   * without re-analyzing.
   */
  public static final FieldType HEADLINE_TYPE = withOffsets(TextField.TYPE_STORED);

  private static final FieldType TERMS_ONLY = termsOnly();

  /** The body's postings (body, then the headline copies); the body is stored on its own. */
  public static final FieldType BODY_POSTINGS_TYPE = withOffsets(TextField.TYPE_NOT_STORED);

  private final Analyzer analyzer =
      new PerFieldAnalyzerWrapper(
          new NewsAnalyzer(),
          Map.of(
              ID, new KeywordAnalyzer(),
              SOURCE, new KeywordAnalyzer(),
              AUTHOR, new KeywordAnalyzer(),
              PATH, new KeywordAnalyzer(),
              NAMES, new WhitespaceAnalyzer()));

  /** The analyzer for every field: text fields are analyzed, exact ones kept as they are. */
  public Analyzer analyzer() {
    return analyzer;
  }

  /** Opens a writer; the caller commits once at the end so that readers never see half a run. */
  public IndexWriter openWriter(Path indexDir, OpenMode mode) throws IOException {
    Directory dir = FSDirectory.open(indexDir);
    return openWriter(dir, mode);
  }

  public IndexWriter openWriter(Directory dir, OpenMode mode) throws IOException {
    var config = new IndexWriterConfig(analyzer).setOpenMode(mode).setSimilarity(SIMILARITY);
    config.setRAMBufferSizeMB(128);
    config.setCommitOnClose(false);
    return new IndexWriter(dir, config);
  }

  public static Term idTerm(String id) {
    return new Term(ID, id);
  }

  public static Term pathTerm(String path) {
    return new Term(PATH, path);
  }

  /**
   * The Lucene document for an article read from a file whose version is {@code fileVersion}, with
   * the names and story fields its body gave and the time it was first seen (epoch milliseconds).
   */
  public Document toDocument(
      Article article, String fileVersion, NamesAndStory namesAndStory, long firstSeen) {
    var doc = new Document();
    doc.add(new KeywordField(ID, article.id(), Field.Store.YES));
    doc.add(new Field(HEADLINE, article.headline(), HEADLINE_TYPE));
    doc.add(new StoredField(BODY, article.body()));
    // The body first: its offsets are then those of the stored body, which the highlighter cuts
    // snippets from; the headline's come after its end, where the highlighter stops.
    doc.add(new Field(BODY, article.body(), BODY_POSTINGS_TYPE));
    for (int i = 0; i < HEADLINE_REPEATS; i++) {
      doc.add(new Field(BODY, article.headline(), BODY_POSTINGS_TYPE));
    }
    if (!article.source().isEmpty()) {
      doc.add(new KeywordField(SOURCE, article.source(), Field.Store.YES));
      doc.add(new TextField(SOURCE_TEXT, article.source(), Field.Store.NO));
    }
    for (String author : article.authors()) {
      doc.add(new TextField(AUTHORS, author, Field.Store.YES));
      doc.add(new KeywordField(AUTHOR, author, Field.Store.NO));
    }
    article
        .date()
        .ifPresent(
            date -> {
              doc.add(new IntField(DAY, Math.toIntExact(date.day().toEpochDay()), Field.Store.NO));
              doc.add(new StoredField(DATE, date.iso()));
            });
    if (!article.url().isEmpty()) {
      doc.add(new StoredField(URL, article.url()));
    }
    doc.add(new StringField(PATH, article.path(), Field.Store.YES));
    doc.add(new SortedDocValuesField(PATH, new BytesRef(article.path())));
    doc.add(new SortedDocValuesField(FILE_VERSION, new BytesRef(fileVersion)));
    doc.add(new NumericDocValuesField(FIRST_SEEN, firstSeen));
    doc.add(new StoredField(FIRST_SEEN, firstSeen));
    addExtraction(doc, article.extraction());
    addNamesAndStory(doc, article, namesAndStory);
    return doc;
  }

  private static void addExtraction(Document doc, Extraction e) {
    doc.add(new StoredField(EXTRACTION, e.body()));
    doc.add(new FloatPoint(CONFIDENCE, (float) e.confidence()));
    doc.add(new StoredField(CONFIDENCE, (float) e.confidence()));
    storeIfGiven(doc, HEADLINE_ORIGIN, e.headline());
    storeIfGiven(doc, DATE_ORIGIN, e.date());
    storeIfGiven(doc, SOURCE_ORIGIN, e.source());
    storeIfGiven(doc, AUTHORS_ORIGIN, e.authors());
    storeIfGiven(doc, UNDATED, e.undated());
  }

  private static void storeIfGiven(Document doc, String field, String value) {
    if (!value.isEmpty()) {
      doc.add(new StoredField(field, value));
    }
  }

  /**
   * The names of the body, the suggestions, and the story fields: each article is its own story
   * until the story pass joins it to others; the MinHash fields are there only when the body has a
   * signature.
   */
  private static void addNamesAndStory(Document doc, Article article, NamesAndStory derived) {
    if (!derived.nameTerms().isEmpty()) {
      doc.add(new Field(NAMES, derived.nameTerms(), TERMS_ONLY));
    }
    for (String term : derived.suggestTerms()) {
      doc.add(new StringField(SUGGEST, term, Field.Store.NO));
    }
    doc.add(new NumericDocValuesField(STORY, storyKey(article.id())));
    derived
        .signature()
        .ifPresent(signature -> doc.add(new BinaryDocValuesField(MINHASH, signature)));
    for (BytesRef band : derived.bandKeys()) {
      doc.add(new StringField(STORY_BAND, band, Field.Store.NO));
    }
  }

  /** The {@link #STORY} value of a story whose smallest article id is {@code id}. */
  public static long storyKey(String id) {
    byte[] bytes = id.getBytes(StandardCharsets.UTF_8);
    return (long) StringHelper.murmurhash3_x86_32(bytes, 0, bytes.length, 0x9747b28c) << 32
        | (StringHelper.murmurhash3_x86_32(bytes, 0, bytes.length, 0x5bd1e995) & 0xffffffffL);
  }

  /**
   * This schema as an OpenSearch index definition ({@code PUT /INDEX} body): the same analysis
   * chain, BM25 with the same k1 and b, and a mapping per field that matches its Lucene type here
   * (keywords for facets and ids, the day as an integer, offsets where the highlighter reads them,
   * stored only what a hit or the article view shows). Plain maps, so the indexer needs no
   * OpenSearch class; a client sends them as JSON.
   */
  public static Map<String, Object> openSearchIndex(int shards, int replicas) {
    var bm25 = (BM25Similarity) SIMILARITY;
    Map<String, Object> text = Map.of("type", "text", "analyzer", NewsAnalyzer.NAME);
    Map<String, Object> withOffsets =
        Map.of("type", "text", "analyzer", NewsAnalyzer.NAME, "index_options", "offsets");
    Map<String, Object> keyword = Map.of("type", "keyword");
    Map<String, Object> storedOnly = Map.of("type", "keyword", "index", false, "doc_values", false);
    var fields = new LinkedHashMap<String, Object>();
    fields.put(ID, keyword);
    fields.put(HEADLINE, withOffsets);
    fields.put(BODY, withOffsets);
    fields.put(SOURCE, keyword);
    fields.put(SOURCE_TEXT, text);
    fields.put(AUTHORS, text);
    fields.put(AUTHOR, keyword);
    fields.put(DAY, Map.of("type", "integer"));
    fields.put(DATE, storedOnly);
    fields.put(URL, storedOnly);
    fields.put(PATH, keyword);
    fields.put(FILE_VERSION, keyword);
    fields.put(FIRST_SEEN, Map.of("type", "long"));
    fields.put(
        NAMES,
        Map.of("type", "text", "analyzer", "whitespace", "index_options", "docs", "norms", false));
    fields.put(SUGGEST, Map.of("type", "keyword", "doc_values", false));
    fields.put(STORY, Map.of("type", "long"));
    fields.put(STORY_BAND, Map.of("type", "keyword", "doc_values", false));
    fields.put(MINHASH, Map.of("type", "binary", "doc_values", true));
    fields.put(EXTRACTION, storedOnly);
    fields.put(CONFIDENCE, Map.of("type", "float"));
    for (String origin : List.of(HEADLINE_ORIGIN, DATE_ORIGIN, SOURCE_ORIGIN, AUTHORS_ORIGIN)) {
      fields.put(origin, storedOnly);
    }
    fields.put(UNDATED, storedOnly);
    return Map.of(
        "settings",
        Map.of(
            "number_of_shards",
            shards,
            "number_of_replicas",
            replicas,
            "similarity",
            Map.of("default", Map.of("type", "BM25", "k1", bm25.getK1(), "b", bm25.getB())),
            "analysis",
            NewsAnalyzer.openSearchAnalysis()),
        "mappings",
        // Strict: a field this schema does not name is a bug to report, not a type to guess.
        Map.of("dynamic", "strict", "properties", fields));
  }

  private static FieldType termsOnly() {
    var type = new FieldType();
    type.setIndexOptions(IndexOptions.DOCS);
    type.setTokenized(true);
    type.setOmitNorms(true);
    type.freeze();
    return type;
  }

  private static FieldType withOffsets(FieldType base) {
    var type = new FieldType(base);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }
}

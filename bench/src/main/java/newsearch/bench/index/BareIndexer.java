package newsearch.bench.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.GZIPInputStream;
import newsearch.indexer.index.IndexSchema;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntField;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The bare-Lucene baseline: the same JSON lines file, the same analyzer, similarity and RAM buffer,
 * the same thread count, and only the fields a search needs, indexed as newsearch indexes them: the
 * headline (stored, with offsets), the body (stored; its postings hold the body and then the
 * headline {@link IndexSchema#HEADLINE_REPEATS} times, with offsets), source (keyword) and the day
 * (point + stored). No extraction, no dates parsed from text, no authors, paths, file versions or
 * incremental bookkeeping. A reader thread cuts the file into batches of lines; exactly {@code
 * threads} workers parse and add them. The reader waits when they are behind rather than indexing
 * itself, so the baseline never runs more indexing threads than newsearch (whose reader is one of
 * its {@code threads} workers).
 */
public final class BareIndexer {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int BATCH = 128;

  private BareIndexer() {}

  /** Indexes every line of {@code corpus} into a new index at {@code indexDir}; returns docs. */
  public static long run(Path corpus, Path indexDir, int threads) throws IOException {
    var config =
        new IndexWriterConfig(new IndexSchema().analyzer())
            .setOpenMode(OpenMode.CREATE)
            .setSimilarity(IndexSchema.SIMILARITY)
            .setRAMBufferSizeMB(128)
            .setCommitOnClose(false);
    var count = new AtomicLong();
    var failure = new AtomicReference<Exception>();
    var pool =
        new ThreadPoolExecutor(
            threads,
            threads,
            0,
            TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(threads * 2),
            BareIndexer::waitForRoom);
    try (Directory dir = FSDirectory.open(indexDir);
        IndexWriter writer = new IndexWriter(dir, config);
        BufferedReader lines = open(corpus)) {
      List<String> batch = new ArrayList<>(BATCH);
      String line;
      while ((line = lines.readLine()) != null && failure.get() == null) {
        batch.add(line);
        if (batch.size() == BATCH) {
          submit(pool, writer, batch, count, failure);
          batch = new ArrayList<>(BATCH);
        }
      }
      submit(pool, writer, batch, count, failure);
      pool.shutdown();
      if (!pool.awaitTermination(1, TimeUnit.DAYS)) {
        throw new IOException("bare indexing did not finish");
      }
      if (failure.get() != null) {
        throw new IOException("bare indexing failed", failure.get());
      }
      writer.commit();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } finally {
      pool.shutdownNow();
    }
    return count.get();
  }

  private static void waitForRoom(Runnable task, ThreadPoolExecutor pool) {
    try {
      pool.getQueue().put(task);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RejectedExecutionException("interrupted", e);
    }
  }

  private static void submit(
      ThreadPoolExecutor pool,
      IndexWriter writer,
      List<String> batch,
      AtomicLong count,
      AtomicReference<Exception> failure) {
    pool.execute(
        () -> {
          try {
            for (String line : batch) {
              if (!line.isBlank()) {
                writer.addDocument(toDocument(JSON.readTree(line)));
                count.incrementAndGet();
              }
            }
          } catch (IOException | RuntimeException e) {
            failure.compareAndSet(null, e);
          }
        });
  }

  static Document toDocument(JsonNode node) {
    var doc = new Document();
    String headline = text(node, "headline");
    String body = text(node, "body");
    doc.add(new Field(IndexSchema.HEADLINE, headline, IndexSchema.HEADLINE_TYPE));
    doc.add(new StoredField(IndexSchema.BODY, body));
    doc.add(new Field(IndexSchema.BODY, body, IndexSchema.BODY_POSTINGS_TYPE));
    for (int i = 0; i < IndexSchema.HEADLINE_REPEATS; i++) {
      doc.add(new Field(IndexSchema.BODY, headline, IndexSchema.BODY_POSTINGS_TYPE));
    }
    String source = text(node, "source");
    if (!source.isEmpty()) {
      doc.add(new KeywordField(IndexSchema.SOURCE, source, Field.Store.YES));
    }
    String date = text(node, "date");
    if (date.length() >= 10) {
      try {
        int day = Math.toIntExact(LocalDate.parse(date.substring(0, 10)).toEpochDay());
        doc.add(new IntField(IndexSchema.DAY, day, Field.Store.YES));
      } catch (DateTimeParseException e) {
        // An unparsable date is left out, as newsearch leaves it out.
      }
    }
    return doc;
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? "" : v.asText();
  }

  static BufferedReader open(Path corpus) throws IOException {
    InputStream in = Files.newInputStream(corpus);
    if (corpus.getFileName().toString().endsWith(".gz")) {
      in = new GZIPInputStream(in, 1 << 16);
    }
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
  }
}

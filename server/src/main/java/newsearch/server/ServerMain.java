package newsearch.server;

import io.javalin.Javalin;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import newsearch.indexer.CorpusAndIndexOptions;
import newsearch.indexer.Indexer;
import newsearch.indexer.index.ReindexReport;
import newsearch.indexer.source.CorpusFiles;
import newsearch.server.api.FeedSettings;
import newsearch.server.api.SearchApi;
import newsearch.server.search.lucene.LuceneSearchService;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code newsearch serve}: the search page and API over an index, indexing the bundled corpus first
 * if there is none.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serve the search page and the JSON API over an index.",
      "When the index folder holds no index yet, the corpus is indexed first. A reindex that"
          + " finishes while serving is picked up within a second, without a restart."
    })
public final class ServerMain implements Callable<Integer> {

  private static final Logger LOG = LoggerFactory.getLogger(ServerMain.class);

  @Mixin CorpusAndIndexOptions paths;

  @Option(
      names = "--port",
      defaultValue = "${env:NEWSEARCH_PORT:-7070}",
      description = "Port (env NEWSEARCH_PORT; default: ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--host",
      defaultValue = "${env:NEWSEARCH_HOST:-127.0.0.1}",
      description =
          "Address to listen on; 0.0.0.0 exposes the server to the network (env NEWSEARCH_HOST; default: ${DEFAULT-VALUE}).")
  String host;

  @Option(
      names = "--search-timeout",
      paramLabel = "MS",
      defaultValue = "${env:NEWSEARCH_SEARCH_TIMEOUT_MS:-2000}",
      description =
          "Longest a search runs before it answers with what it found (default: ${DEFAULT-VALUE} ms).")
  long searchTimeoutMs;

  @Option(
      names = "--search-slots",
      paramLabel = "N",
      defaultValue = "${env:NEWSEARCH_SEARCH_SLOTS:-0}",
      description =
          "Searches that run at once; one that waits a second for a slot is answered 503 with"
              + " Retry-After (default: two a core).")
  int searchSlots;

  @Option(
      names = "--public-url",
      paramLabel = "URL",
      defaultValue = "${env:NEWSEARCH_PUBLIC_URL}",
      description =
          "The server's address as feed readers reach it, such as https://news.example.org; feeds"
              + " link to it (env NEWSEARCH_PUBLIC_URL; default: the request's Host).")
  String publicUrl;

  @Option(
      names = "--lists",
      paramLabel = "DIR",
      defaultValue = "${env:NEWSEARCH_LISTS:-${sys:newsearch.home:-.}/index-data/lists}",
      description =
          "Folder of standing lists (NAME.txt, one query or label<TAB>query a line) for"
              + " /api/feed.atom?list=NAME; the batch view saves lists there (default:"
              + " ${DEFAULT-VALUE}).")
  Path lists;

  @Override
  public Integer call() throws IOException {
    long start = System.nanoTime();
    Path index = paths.index();
    Path corpus = paths.corpus();
    if (!hasIndex(index)) {
      System.out.println("No index at " + index + " yet: indexing " + corpus + " first.");
      var indexer =
          new Indexer(
              new CorpusFiles(List.of(), List.of()),
              Runtime.getRuntime().availableProcessors(),
              null);
      ReindexReport report = indexer.run(corpus, index, true);
      System.out.print(report.summary());
    }
    var service = LuceneSearchService.open(index, searchTimeoutMs);
    ScheduledExecutorService refresher =
        Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("index-refresh").factory());
    refresher.scheduleWithFixedDelay(() -> refresh(service), 1, 1, TimeUnit.SECONDS);
    Javalin app =
        SearchApi.create(
            service,
            searchSlots == 0 ? SearchApi.DEFAULT_SLOTS : searchSlots,
            new FeedSettings(Optional.ofNullable(publicUrl), Optional.of(lists)));
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  System.out.println("Shutting down…");
                  app.stop();
                  refresher.shutdownNow();
                  try {
                    service.close();
                  } catch (IOException e) {
                    LOG.warn("Closing the index failed", e);
                  }
                }));
    app.start(host, port);
    System.out.printf(
        "newsearch: %,d articles, serving http://%s:%d/ (ready in %d ms)%n",
        service.health().articles(), host, app.port(), (System.nanoTime() - start) / 1_000_000);
    return 0;
  }

  private static boolean hasIndex(Path index) throws IOException {
    if (!index.toFile().isDirectory()) {
      return false;
    }
    try (var dir = FSDirectory.open(index)) {
      return DirectoryReader.indexExists(dir);
    }
  }

  private static void refresh(LuceneSearchService service) {
    try {
      service.refresh();
    } catch (IOException | RuntimeException e) {
      // A failed refresh keeps serving the current index; the next tick tries again.
      LOG.warn("Could not switch to the new index yet: {}", e.toString());
    }
  }

  public static void main(String[] args) {
    int code = new CommandLine(new ServerMain()).execute(args);
    if (code != 0) {
      System.exit(code);
    }
  }
}

package newsearch.indexer.source;

/** A corpus file that holds no article to index; the message is the reason the report gives. */
public final class FileSkipped extends Exception {

  public FileSkipped(String reason) {
    super(reason, null, false, false);
  }
}

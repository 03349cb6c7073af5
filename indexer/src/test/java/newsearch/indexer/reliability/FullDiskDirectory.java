package newsearch.indexer.reliability;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.FilterIndexOutput;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;

/**
 * A directory that behaves like a disk with {@code capacity} free bytes: then every write fails.
 */
final class FullDiskDirectory extends FilterDirectory {

  static final String MESSAGE = "No space left on device";

  /** Where the disk fills up: after {@code capacity} bytes, or at a file named {@code fullAt…}. */
  record Fault(long capacity, String fullAt) {
    FullDiskDirectory on(Directory dir) {
      return new FullDiskDirectory(dir, capacity, fullAt);
    }
  }

  private final long capacity;
  private final String fullAt;
  private final AtomicLong written = new AtomicLong();

  FullDiskDirectory(Directory in, long capacity) {
    this(in, capacity, null);
  }

  FullDiskDirectory(Directory in, long capacity, String fullAt) {
    super(in);
    this.capacity = capacity;
    this.fullAt = fullAt;
  }

  long written() {
    return written.get();
  }

  @Override
  public IndexOutput createOutput(String name, IOContext context) throws IOException {
    return new Full(in.createOutput(name, context));
  }

  @Override
  public IndexOutput createTempOutput(String prefix, String suffix, IOContext context)
      throws IOException {
    return new Full(in.createTempOutput(prefix, suffix, context));
  }

  private final class Full extends FilterIndexOutput {
    Full(IndexOutput out) {
      super("full disk " + out, out.getName(), out);
    }

    private void take(long n) throws IOException {
      if (written.addAndGet(n) > capacity || (fullAt != null && getName().startsWith(fullAt))) {
        throw new IOException(MESSAGE);
      }
    }

    @Override
    public void writeByte(byte b) throws IOException {
      take(1);
      out.writeByte(b);
    }

    @Override
    public void writeBytes(byte[] b, int offset, int length) throws IOException {
      take(length);
      out.writeBytes(b, offset, length);
    }
  }
}

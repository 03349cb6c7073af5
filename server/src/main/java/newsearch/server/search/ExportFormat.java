package newsearch.server.search;

import java.util.Locale;

/** The formats {@code /api/export} writes. */
public enum ExportFormat {
  CSV("text/csv; charset=utf-8"),
  JSONL("application/x-ndjson; charset=utf-8");

  private final String contentType;

  ExportFormat(String contentType) {
    this.contentType = contentType;
  }

  public String contentType() {
    return contentType;
  }

  public String extension() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static ExportFormat parse(String value) {
    try {
      return valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "Parameter 'format' must be csv or jsonl, was '" + value + "'");
    }
  }
}

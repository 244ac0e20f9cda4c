package partnership.ingest;

/** Where a record source sends what it reads: well-formed records, and records too broken to validate. */
public interface RecordSink {

  void record(RawRecord record);

  /** A record that cannot even be split into fields (wrong number of columns): it goes to quarantine. */
  void malformed(String table, long line, String location, String rule, String message, String value);
}

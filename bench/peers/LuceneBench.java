// LuceneBench: the Lucene 4.10 peer in bench/run (Debian liblucene4.10-java).
// Per-language analysis as a Lucene user would set it up: the body goes to
// text_<lang> and the title to title_<lang>, and a PerFieldAnalyzerWrapper
// gives each its ArabicAnalyzer / EnglishAnalyzer / DutchAnalyzer /
// TurkishAnalyzer (stop words + stemming, positions kept for phrases).
// Filters (lang, source, channel, author, hashtag, mention, domain, url,
// date as yyyymmdd) are untokenized StringFields; the body is stored, as
// lisan and scriptindex store theirs.
//
//   java LuceneBench index DIR FILE.tsv     (bench/corpus/build_corpus.py writes FILE.tsv)
//   java LuceneBench query DIR QUERIES.json ROUNDS SET
// index prints {"docs":..,"seconds":..}; query prints one JSON object per query.
import java.io.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.*;
import java.util.regex.*;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.tr.TurkishAnalyzer;
import org.apache.lucene.document.*;
import org.apache.lucene.index.*;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.*;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Version;

public class LuceneBench {
  static final String[] LANGS = {"ar", "en", "nl", "tr"};

  static Analyzer analyzer() {
    Map<String, Analyzer> per = new HashMap<>();
    for (String l : LANGS) {
      Analyzer a;
      switch (l) {
        case "ar": a = new ArabicAnalyzer(Version.LUCENE_4_10_4); break;
        case "nl": a = new DutchAnalyzer(Version.LUCENE_4_10_4); break;
        case "tr": a = new TurkishAnalyzer(Version.LUCENE_4_10_4); break;
        default: a = new EnglishAnalyzer(Version.LUCENE_4_10_4);
      }
      per.put("text_" + l, a);
      per.put("title_" + l, a);
    }
    return new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), per);
  }

  static void index(String dir, String tsv) throws Exception {
    long start = System.nanoTime();
    IndexWriterConfig cfg = new IndexWriterConfig(Version.LUCENE_4_10_4, analyzer());
    cfg.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
    cfg.setRAMBufferSizeMB(64);
    long docs = 0;
    try (IndexWriter w = new IndexWriter(FSDirectory.open(new File(dir)), cfg);
         BufferedReader in = Files.newBufferedReader(Paths.get(tsv), StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        // id lang yyyymmdd source channel author title text hashtags mentions urls domains
        String[] f = line.split("\t", -1);
        String lang = f[1];
        Document d = new Document();
        d.add(new StringField("id", f[0], Field.Store.YES));
        d.add(new StringField("lang", lang, Field.Store.YES));
        d.add(new StringField("date", f[2], Field.Store.YES));
        if (!f[3].isEmpty()) d.add(new StringField("source", f[3], Field.Store.YES));
        if (!f[4].isEmpty()) d.add(new StringField("channel", f[4], Field.Store.YES));
        if (!f[5].isEmpty()) d.add(new StringField("author", f[5], Field.Store.YES));
        if (!f[6].isEmpty()) d.add(new TextField("title_" + lang, f[6], Field.Store.YES));
        d.add(new TextField("text_" + lang, f[7], Field.Store.YES));
        for (int k = 8; k <= 11; ++k) {
          String name = new String[] {"hashtag", "mention", "url", "domain"}[k - 8];
          if (k < f.length && !f[k].isEmpty())
            for (String v : f[k].split(" ")) d.add(new StringField(name, v, Field.Store.NO));
        }
        // As lisan-index and scriptindex do: replace by unique id.
        w.updateDocument(new Term("id", f[0]), d);
        ++docs;
      }
      w.commit();
    }
    double secs = (System.nanoTime() - start) / 1e9;
    System.out.printf(Locale.ROOT, "{\"docs\": %d, \"seconds\": %.3f}%n", docs, secs);
  }

  // The query file is JSON written by us: a list of flat objects of strings.
  static List<Map<String, String>> readQueries(String path) throws IOException {
    String s = new String(Files.readAllBytes(Paths.get(path)), StandardCharsets.UTF_8);
    List<Map<String, String>> out = new ArrayList<>();
    Matcher obj = Pattern.compile("\\{(.*?)\\}", Pattern.DOTALL).matcher(s);
    Pattern kv = Pattern.compile("\"(\\w+)\"\\s*:\\s*(\"((?:[^\"\\\\]|\\\\.)*)\"|true|false)");
    while (obj.find()) {
      Map<String, String> m = new HashMap<>();
      Matcher p = kv.matcher(obj.group(1));
      while (p.find())
        m.put(p.group(1), p.group(3) != null ? p.group(3).replace("\\\"", "\"").replace("\\\\", "\\") : p.group(2));
      out.add(m);
    }
    return out;
  }

  static double percentile(double[] v, double p) {
    double[] c = v.clone();
    Arrays.sort(c);
    int i = (int) Math.min(c.length - 1, Math.round(p * (c.length - 1)));
    return c[i];
  }

  static void query(String dir, String queries, int rounds, String set) throws Exception {
    Analyzer analyzer = analyzer();
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(new File(dir)))) {
      IndexSearcher searcher = new IndexSearcher(reader);
      for (Map<String, String> q : readQueries(queries)) {
        if (q.containsKey("only") && !q.get("only").equals(set)) continue;
        String text = q.containsKey("lucene") ? q.get("lucene") : q.get("q");
        String lang = q.get("lang");
        int hits = 0;
        double[] micros = new double[rounds];
        double[] cpu = new double[rounds];
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        // Warm-up rounds for the JIT, then the timed rounds.
        for (int r = -Math.max(20, rounds / 5); r < rounds; ++r) {
          long c0 = mx.getCurrentThreadCpuTime();
          long t0 = System.nanoTime();
          QueryParser qp;
          if (lang.equals("multi")) {
            String[] fields = new String[LANGS.length];
            for (int i = 0; i < LANGS.length; ++i) fields[i] = "text_" + LANGS[i];
            qp = new MultiFieldQueryParser(Version.LUCENE_4_10_4, fields, analyzer);
          } else {
            qp = new QueryParser(Version.LUCENE_4_10_4, "text_" + lang, analyzer);
          }
          qp.setDefaultOperator(QueryParser.Operator.AND);
          Query query = qp.parse(text);
          TopDocs top = searcher.search(query, 10);
          long stored = 0;
          for (ScoreDoc sd : top.scoreDocs) stored += searcher.doc(sd.doc).getFields().size();
          hits = top.totalHits;
          if (r >= 0) {
            micros[r] = (System.nanoTime() - t0) / 1e3;
            cpu[r] = (mx.getCurrentThreadCpuTime() - c0) / 1e3;
          }
        }
        System.out.printf(Locale.ROOT, "{\"name\": \"%s\", \"hits\": %d, \"p50_us\": %.1f, \"p95_us\": %.1f, \"cpu_p50_us\": %.1f, \"rounds\": %d}%n",
                          q.get("name").replace("\"", "\\\""), hits, percentile(micros, 0.5), percentile(micros, 0.95), percentile(cpu, 0.5), rounds);
      }
    }
  }

  public static void main(String[] args) throws Exception {
    if (args.length >= 3 && args[0].equals("index")) index(args[1], args[2]);
    else if (args.length >= 5 && args[0].equals("query")) query(args[1], args[2], Integer.parseInt(args[3]), args[4]);
    else {
      System.err.println("usage: LuceneBench index DIR FILE.tsv | query DIR QUERIES.json ROUNDS SET");
      System.exit(2);
    }
  }
}

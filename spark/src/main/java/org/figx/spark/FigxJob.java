package org.figx.spark;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.LongAccumulator;
import org.figx.Kind;
import org.figx.cli.LanguageChoice;
import org.figx.cli.OptionConverters;
import org.figx.cli.UsageErrorHandler;
import org.figx.sources.InputFormat;
import org.figx.sources.IoReasons;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * figx as a Spark job: every file under {@code --input} (any file system Hadoop reaches)
 * read whole, one document each, by the command line's reader and extractor, into the
 * command line's rows, written as Parquet or CSV under {@code --output}. A file that is
 * binary or not text is counted and listed in {@code OUTPUT/_errors}, never fails the job.
 */
@Command(name = "figx-spark",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Extracts figures from every file of a directory on a Spark cluster: the rows of figx,",
            "written as Parquet or CSV. Run it with spark-submit --class org.figx.spark.FigxJob."},
        footerHeading = "%nExample:%n",
        footer = {"  spark-submit --class org.figx.spark.FigxJob figx-spark.jar --input articles/ "
                + "--output facts/ --format parquet"})
public final class FigxJob implements Callable<Integer> {

    @Option(names = "--input", required = true, paramLabel = "DIR",
            description = "The files to read: a file, a directory (walked recursively, hidden files left "
                    + "out) or a glob, on any file system Hadoop reaches.")
    private String input;

    @Option(names = "--output", required = true, paramLabel = "DIR",
            description = "Where the rows go (replaced if it exists), and OUTPUT/_errors the files left out.")
    private String output;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "parquet", converter = FormatConverter.class,
            description = "parquet (default) or csv (RFC 4180, with a header).")
    private String format;

    @Option(names = "--types", paramLabel = "LIST", split = ",",
            converter = OptionConverters.KindConverter.class,
            description = "Only these kinds, comma-separated, as figx --types.")
    private List<Kind> types = new ArrayList<>();

    @Option(names = "--reference-date", paramLabel = "DATE",
            converter = OptionConverters.ReferenceDateConverter.class,
            description = "As figx --reference-date. Default: each document's dateline or page date.")
    private LocalDateTime referenceDate;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "auto",
            converter = OptionConverters.LanguageConverter.class,
            description = "fr, en or auto (default), as figx --lang.")
    private LanguageChoice lang;

    @Option(names = "--input-format", paramLabel = "FORMAT", defaultValue = "auto",
            converter = OptionConverters.InputFormatConverter.class,
            description = "text, html or auto (default), as figx --input-format.")
    private InputFormat inputFormat;

    private final SparkSession given;
    private final PrintStream out;
    private final PrintStream err;

    /** @param given the session to run in, or null for the one spark-submit sets up */
    FigxJob(SparkSession given, PrintStream out, PrintStream err) {
        this.given = given;
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        int status = run(null, System.out, System.err, args);
        if (status != 0) {
            System.exit(status);
        }
    }

    /** Runs the job's command line in {@code session} (null: spark-submit's), returning its exit status. */
    static int run(SparkSession session, PrintStream out, PrintStream err, String... args) {
        CommandLine commandLine = new CommandLine(new FigxJob(session, out, err));
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        commandLine.setParameterExceptionHandler(new UsageErrorHandler());
        return commandLine.execute(args);
    }

    /** The counts the driver prints at the end: the files listed, and those left out (accumulated by the tasks). */
    record Counts(long files, long rows, long binary, long undecodable) {
    }

    @Override
    public Integer call() {
        SparkSession spark = given != null ? given : session();
        Counts counts;
        try {
            counts = extract(spark, input, output, format, new JobSettings(types, lang, referenceDate, inputFormat));
        } catch (NoInput e) {
            err.println("figx-spark: " + e.getMessage());
            return 1;
        }
        out.printf(Locale.ROOT, "figx-spark: %d files read, %d rows written to %s; left out: %d binary, "
                + "%d not text (listed in %s/_errors)%n", counts.files(), counts.rows(), output, counts.binary(),
                counts.undecodable(), output);
        return 0;
    }

    /**
     * The session spark-submit set up; run by {@code java} alone (bin/figx-spark), one in
     * local mode on every core of this machine.
     */
    private static SparkSession session() {
        SparkSession.Builder builder = SparkSession.builder().appName("figx");
        if (System.getProperty("spark.master") == null) {
            builder.master("local[*]").config("spark.ui.enabled", "false");
        }
        return builder.getOrCreate();
    }

    /** Reads every file of {@code input} and writes its rows to {@code output} as {@code format}. */
    static Counts extract(SparkSession spark, String input, String output, String format, JobSettings settings) {
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        LongAccumulator binary = context.sc().longAccumulator("binary files left out");
        LongAccumulator undecodable = context.sc().longAccumulator("files left out as not text");

        InputFiles inputs = new InputFiles(context.hadoopConfiguration());
        List<String> uris;
        try {
            uris = inputs.list(input);
        } catch (IOException e) {
            throw new NoInput("cannot read " + input + ": " + IoReasons.of(e));
        }
        if (uris.isEmpty()) {
            throw new NoInput("no file to read in " + input);
        }
        // a few slices per core, so that a slow file does not hold a core's whole share
        int slices = Math.max(1, Math.min(uris.size(), context.defaultParallelism() * 4));
        JavaRDD<ExecutorFigx.Outcome> outcomes = context.parallelize(uris, slices).map(uri -> {
            String source = InputFiles.sourceOf(uri);
            ExecutorFigx.Outcome outcome;
            try {
                outcome = ExecutorFigx.of(settings).read(source, inputs.read(uri));
            } catch (IOException e) {
                outcome = new ExecutorFigx.Outcome(source, List.of(), IoReasons.of(e), false);
            }
            if (outcome.error() != null) {
                (outcome.binary() ? binary : undecodable).add(1);
            }
            return outcome;
        }).cache(); // read once: the rows and the errors both come from it, and each file counts once

        JavaRDD<org.apache.spark.sql.Row> rows = outcomes.flatMap(o -> o.rows().stream().map(RowSchema::of).iterator());
        Dataset<org.apache.spark.sql.Row> table = spark.createDataFrame(rows, RowSchema.SCHEMA)
                .orderBy("source", "start", "end", "kind"); // the output never depends on partitions or timing
        long written = table.count();
        if (format.equals("csv")) {
            table.write().mode(SaveMode.Overwrite).option("header", "true").option("escape", "\"")
                    .csv(output);
        } else {
            table.write().mode(SaveMode.Overwrite).parquet(output);
        }
        JavaRDD<org.apache.spark.sql.Row> errors = outcomes.filter(o -> o.error() != null)
                .map(o -> RowFactory.create(o.source(), o.error()));
        spark.createDataFrame(errors, ERRORS).orderBy("source").coalesce(1).write().mode(SaveMode.Overwrite)
                .option("header", "true").option("escape", "\"").csv(output + "/_errors");
        outcomes.unpersist();
        return new Counts(uris.size(), written, binary.value(), undecodable.value());
    }

    private static final StructType ERRORS = DataTypes.createStructType(new org.apache.spark.sql.types.StructField[] {
        DataTypes.createStructField("source", DataTypes.StringType, false),
        DataTypes.createStructField("reason", DataTypes.StringType, false)});

    /** An input that names no file to read: the job stops before writing anything. */
    static final class NoInput extends RuntimeException {
        NoInput(String message) {
            super(message);
        }
    }

    /** {@code --format}: parquet or csv. */
    static final class FormatConverter implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            String format = value.toLowerCase(Locale.ROOT);
            if (!format.equals("parquet") && !format.equals("csv")) {
                throw new TypeConversionException("unknown format '" + value + "' (valid formats: parquet, csv)");
            }
            return format;
        }
    }
}

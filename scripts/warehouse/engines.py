"""The two engines of scripts/warehouse-rollup: load the raw events as text, read a model back sorted.

Both load every field as text, exactly as written (no trimming, no type
guessing): what a value means is for the dbt models and the product to say.
An empty field is null. A structurally broken file (a row with another number
of fields than the header, a quote that never closes) stops the load with the
engine's error: a warehouse would not have loaded it either.
"""

COLUMNS = ["account_id", "occurred_at", "event", "user_id"]


def open_engine(name, work):
    return DuckDBEngine(work) if name == "duckdb" else SparkEngine(work)


def _order_by(columns):
    """Every column, null as empty, so both engines give one byte order (both compare text as bytes)."""
    return ", ".join(f"coalesce(cast({c} as varchar), '')" if c != "events" else c for c in columns)


class DuckDBEngine:
    """DuckDB in-process: a database file that dbt-duckdb then opens itself."""

    def __init__(self, work):
        import duckdb

        self.duckdb = duckdb
        self.path = str(work / "rollup.duckdb")

    def load_events(self, events, delimiter, width, positions):
        names = [f"c{i}" for i in range(width)]
        types = "{" + ", ".join(f"'{n}': 'VARCHAR'" for n in names) + "}"
        select = ", ".join(f"c{positions[c]} as {c}" if c in positions else f"cast(null as varchar) as {c}"
                           for c in COLUMNS)
        con = self.duckdb.connect(self.path)
        con.execute("create schema if not exists raw")
        con.execute(f"""
            create or replace table raw.raw_events as select {select}
            from read_csv(?, header = true, auto_detect = false, columns = {types}, delim = ?,
                          quote = '"', escape = '"', strict_mode = true, null_padding = false)
        """, [str(events), delimiter])
        con.close()
        return ("raw", "raw_events")

    def sorted_rows(self, model, columns):
        con = self.duckdb.connect(self.path)
        try:
            cursor = con.execute(f"select {', '.join(columns)} from main.{model} order by {_order_by(columns)}")
            while batch := cursor.fetchmany(10000):
                yield from batch
        finally:
            con.close()

    def close(self):
        pass


class SparkEngine:
    """Spark in local mode: one PySpark session, which dbt-spark's session method then finds and uses."""

    def __init__(self, work):
        from pyspark.sql import SparkSession

        self.spark = (
            SparkSession.builder.master("local[2]")
            .appName("onboarding-warehouse-rollup")
            .config("spark.sql.warehouse.dir", str(work / "spark-warehouse"))
            .config("spark.sql.catalogImplementation", "in-memory")
            .config("spark.driver.extraJavaOptions", f"-Dderby.system.home={work}")
            .config("spark.sql.shuffle.partitions", "4")
            .config("spark.ui.enabled", "false")
            .config("spark.ui.showConsoleProgress", "false")
            .config("spark.sql.session.timeZone", "UTC")
            # As on Spark 4 and Databricks: the models must not lean on lenient casts.
            .config("spark.sql.ansi.enabled", "true")
            .getOrCreate()
        )
        self.spark.sparkContext.setLogLevel("ERROR")

    def load_events(self, events, delimiter, width, positions):
        from pyspark.sql import functions as F

        frame = (self.spark.read.option("header", True).option("multiLine", True).option("quote", '"')
                 .option("escape", '"').option("sep", delimiter).option("mode", "FAILFAST")
                 .option("inferSchema", False).csv(str(events)))
        frame = frame.toDF(*[f"c{i}" for i in range(width)])
        frame = frame.select(*[F.col(f"c{positions[c]}").alias(c) if c in positions
                               else F.lit(None).cast("string").alias(c) for c in COLUMNS])
        frame.createOrReplaceGlobalTempView("raw_events")
        return ("global_temp", "raw_events")

    def sorted_rows(self, model, columns):
        order = _order_by(columns).replace("as varchar", "as string")
        query = f"select {', '.join(columns)} from onboarding.{model} order by {order}"
        for row in self.spark.sql(query).toLocalIterator():
            yield tuple(row)

    def close(self):
        self.spark.stop()

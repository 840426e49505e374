"""The file to give ``spark-submit``, which runs a file rather than a module:

    spark-submit --master yarn ... "$(python -c 'import quotedb.spark_submit as m; print(m.__file__)')" \
        INPUT... --output DIR [--field text=body ...]

takes the arguments of ``quotedb spark`` and runs it inside the session spark-submit
configured (master, executors, packages).
"""

import os
import sys

if __name__ == "__main__":
    # run as a file, this folder would come first on sys.path and its modules
    # (errors, models, web ...) would shadow top-level ones of the same name
    here = os.path.dirname(os.path.abspath(__file__))
    sys.path[:] = [p for p in sys.path if os.path.abspath(p or ".") != here]
    from quotedb.cli import app

    app(["spark", *sys.argv[1:]], prog_name="quotedb spark")

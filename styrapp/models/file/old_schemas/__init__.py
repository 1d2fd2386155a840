"""The schema of every older file format, as its plans have it: per table its columns (name, declared
type, NOT NULL, primary key) and its indexes (name: unique, columns). `damage` compares a plan of that
version against it before its migration runs. Recorded once per format from tests/data/schema/v*.styrplan
(tests/models/test_plan_damage.py checks it); never edited afterwards, like a migration step.
"""

from .v1 import SCHEMA as V1
from .v2 import SCHEMA as V2
from .v3 import SCHEMA as V3

# One module per format: a new format adds its module here, the others stay as they were recorded.
OLD_SCHEMAS = {1: V1, 2: V2, 3: V3}

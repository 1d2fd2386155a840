"""Write `vN.styrplan`: the demo plan in the current schema version, for the migration tests.

Run once when a schema version is released (before the schema changes), and commit the file:
    python tests/data/schema/make_fixture.py
"""

from pathlib import Path

from styrapp.models.content.demo import write_demo
from styrapp.models.file.schema import SCHEMA_VERSION

if __name__ == "__main__":
    target = Path(__file__).with_name(f"v{SCHEMA_VERSION}.styrplan")
    write_demo(target, overwrite=True)
    print(f"wrote {target}")

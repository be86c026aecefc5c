"""Import of the bydeler's spreadsheets (issue 6): read, match columns, check, write.

Layers inside: ``reader`` (file → Table), ``headers`` (headers → fields, personal data kept
out), ``values`` (cells → values), ``rows`` (checks per row and within the file), ``plan``
(checks against the database, what to insert and change, the write), ``service`` (the job the
CLI and the window run), ``mapping`` (saved JSON mappings), ``fields`` (the field list).
"""

from .fields import FIELD_BY_NAME, FIELDS, FieldSpec, list_fields_text
from .headers import ColumnMatch, mapping_from_matches, match_columns, set_field
from .mapping import Mapping, load_mapping, save_mapping
from .reader import ImportFileError, Table, read_table, sheet_names
from .rows import RowProblem
from .service import (
    ImportOptions,
    ImportReport,
    check_import,
    import_file,
    prepare,
    run_import,
    write_errors_csv,
)

__all__ = [
    "FIELDS",
    "FIELD_BY_NAME",
    "ColumnMatch",
    "FieldSpec",
    "ImportFileError",
    "ImportOptions",
    "ImportReport",
    "Mapping",
    "RowProblem",
    "Table",
    "check_import",
    "import_file",
    "list_fields_text",
    "load_mapping",
    "mapping_from_matches",
    "match_columns",
    "prepare",
    "read_table",
    "run_import",
    "save_mapping",
    "set_field",
    "sheet_names",
    "write_errors_csv",
]

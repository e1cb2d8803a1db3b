"""Reading and writing: JSON output, schema, validation, batch and exports."""

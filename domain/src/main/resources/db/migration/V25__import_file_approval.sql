-- A file a person uploads waits for a second person (issue 16): who approved it.
ALTER TABLE import_file ADD COLUMN approved_by VARCHAR(100);

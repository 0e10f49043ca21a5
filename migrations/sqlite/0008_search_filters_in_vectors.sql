-- PostgreSQL moves its filter tokens into the word vectors (see the PostgreSQL migration).
-- SQLite already matches words and filter tokens in one FTS5 query; nothing changes here.
SELECT 1;

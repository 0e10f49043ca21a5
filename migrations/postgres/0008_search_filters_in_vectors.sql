-- Filter tokens (visibility, facets) join the word vectors, so one GIN index answers words and
-- filters together: a rare facet value narrows a common word inside the index instead of row
-- by row, and a broad token such as "public" is skipped through by GIN's fast scan rather than
-- read whole. Ranking still uses the words alone.
UPDATE _search_terms SET terms = terms || filters, title = title || filters;
ALTER TABLE _search_terms DROP COLUMN filters;

-- Knowledge base: items with workflow, revisions, reviews, attachments, collections; and the
-- search index every feature shares (SQLite: FTS5 over pre-stemmed terms).
CREATE TABLE knowledge_items (
    id INTEGER PRIMARY KEY,
    atelier_id BIGINT NOT NULL REFERENCES ateliers (id) ON DELETE CASCADE,
    created_by BIGINT REFERENCES users (id) ON DELETE SET NULL,
    status TEXT NOT NULL DEFAULT 'draft',
    slug TEXT NOT NULL,
    kind TEXT NOT NULL,
    visibility TEXT NOT NULL,
    language TEXT NOT NULL,
    title TEXT NOT NULL,
    summary TEXT NOT NULL,
    body TEXT NOT NULL,
    target_group TEXT NOT NULL DEFAULT '',
    authors TEXT NOT NULL DEFAULT '',
    organisations TEXT NOT NULL DEFAULT '',
    licence TEXT NOT NULL,
    tags TEXT NOT NULL DEFAULT '',
    purpose TEXT NOT NULL DEFAULT '',
    duration TEXT NOT NULL DEFAULT '',
    group_size TEXT NOT NULL DEFAULT '',
    materials TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    published_at BIGINT
);
CREATE INDEX knowledge_items_atelier ON knowledge_items (atelier_id, status);
CREATE INDEX knowledge_items_status ON knowledge_items (status, published_at);

CREATE TABLE knowledge_item_themes (
    item_id BIGINT NOT NULL REFERENCES knowledge_items (id) ON DELETE CASCADE,
    theme_id BIGINT NOT NULL REFERENCES themes (id) ON DELETE CASCADE,
    PRIMARY KEY (item_id, theme_id)
);

CREATE TABLE knowledge_revisions (
    id INTEGER PRIMARY KEY,
    item_id BIGINT NOT NULL REFERENCES knowledge_items (id) ON DELETE CASCADE,
    number BIGINT NOT NULL,
    author_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
    message TEXT NOT NULL,
    content TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    UNIQUE (item_id, number)
);

CREATE TABLE knowledge_reviewers (
    item_id BIGINT NOT NULL REFERENCES knowledge_items (id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    asked_at BIGINT NOT NULL,
    PRIMARY KEY (item_id, user_id)
);
CREATE INDEX knowledge_reviewers_user ON knowledge_reviewers (user_id);

CREATE TABLE knowledge_comments (
    id INTEGER PRIMARY KEY,
    item_id BIGINT NOT NULL REFERENCES knowledge_items (id) ON DELETE CASCADE,
    author_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
    verdict TEXT NOT NULL DEFAULT 'comment',
    body TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX knowledge_comments_item ON knowledge_comments (item_id, created_at);

CREATE TABLE knowledge_attachments (
    id INTEGER PRIMARY KEY,
    item_id BIGINT NOT NULL REFERENCES knowledge_items (id) ON DELETE CASCADE,
    file_name TEXT NOT NULL,
    content_type TEXT NOT NULL,
    size_bytes BIGINT NOT NULL,
    stored_name TEXT NOT NULL UNIQUE,
    uploaded_by BIGINT REFERENCES users (id) ON DELETE SET NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX knowledge_attachments_item ON knowledge_attachments (item_id);

CREATE TABLE knowledge_collections (
    id INTEGER PRIMARY KEY,
    atelier_id BIGINT NOT NULL REFERENCES ateliers (id) ON DELETE CASCADE,
    slug TEXT NOT NULL,
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    created_by BIGINT REFERENCES users (id) ON DELETE SET NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX knowledge_collections_atelier ON knowledge_collections (atelier_id);

CREATE TABLE knowledge_collection_items (
    collection_id BIGINT NOT NULL REFERENCES knowledge_collections (id) ON DELETE CASCADE,
    item_id BIGINT NOT NULL REFERENCES knowledge_items (id) ON DELETE CASCADE,
    position BIGINT NOT NULL,
    PRIMARY KEY (collection_id, item_id)
);

-- One row per searchable thing (knowledge item, later forum post, event, member).
CREATE TABLE search_documents (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    source_id BIGINT NOT NULL,
    werkplaats_id BIGINT NOT NULL REFERENCES werkplaatsen (id) ON DELETE CASCADE,
    atelier_id BIGINT REFERENCES ateliers (id) ON DELETE CASCADE,
    visibility TEXT NOT NULL,
    url TEXT NOT NULL,
    title TEXT NOT NULL,
    summary TEXT NOT NULL,
    body TEXT NOT NULL,
    language TEXT NOT NULL,
    updated_at BIGINT NOT NULL,
    UNIQUE (kind, source_id)
);
CREATE INDEX search_documents_updated ON search_documents (updated_at);

CREATE TABLE search_facets (
    document_id BIGINT NOT NULL REFERENCES search_documents (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (document_id, name, value)
);
CREATE INDEX search_facets_value ON search_facets (name, value, document_id);

-- Terms are stemmed in Rust (domain::search), so the tokenizer only splits on spaces. The
-- filters column holds visibility and facet tokens (domain::search::document_tokens), so a
-- search matches words, visibility and facets in one index lookup.
CREATE VIRTUAL TABLE _search_fts USING fts5 (title, body, filters, tokenize = 'unicode61 remove_diacritics 0');
-- Titles alone, so "title matches first" for broad searches reads only title postings.
CREATE VIRTUAL TABLE _search_titles USING fts5 (title, filters, tokenize = 'unicode61 remove_diacritics 0');

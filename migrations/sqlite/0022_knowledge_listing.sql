-- An atelier's newest published knowledge (its home page, its feed) read in order from an index
-- instead of reading and sorting every item of the atelier: with 10,000 generated items the
-- atelier home spent about 100 ms here.
CREATE INDEX knowledge_items_listing ON knowledge_items (atelier_id, status, updated_at, id);

-- Two-character words are common in Japanese (配送, 関税, 返品) and Thai, and the trigram index cannot
-- find them. This index holds each pair of neighbouring characters of Thai, Japanese, Chinese and Korean
-- text, made by text_bigrams(), a function every console connection registers (main/db/open.ts).
CREATE VIRTUAL TABLE feedback_bigrams USING fts5(bigrams, content='', contentless_delete=1, tokenize='ascii');

INSERT INTO feedback_bigrams(rowid, bigrams)
  SELECT id, text_bigrams(text) FROM feedback WHERE text_bigrams(text) <> '';

CREATE TRIGGER feedback_bigrams_insert AFTER INSERT ON feedback WHEN text_bigrams(new.text) <> '' BEGIN
  INSERT INTO feedback_bigrams(rowid, bigrams) VALUES (new.id, text_bigrams(new.text));
END;
CREATE TRIGGER feedback_bigrams_delete AFTER DELETE ON feedback BEGIN
  DELETE FROM feedback_bigrams WHERE rowid = old.id;
END;
CREATE TRIGGER feedback_bigrams_update AFTER UPDATE OF text ON feedback BEGIN
  DELETE FROM feedback_bigrams WHERE rowid = old.id;
  INSERT INTO feedback_bigrams(rowid, bigrams) SELECT new.id, text_bigrams(new.text) WHERE text_bigrams(new.text) <> '';
END;

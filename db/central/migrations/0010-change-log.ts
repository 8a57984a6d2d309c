import type { CentralMigration } from './types';

/**
 * The central store: the kiosks, each kiosk's numbered changes in one global order, and the rows
 * those changes add up to. A kiosk logs in as its own role (a member of lobby_kiosk); row-level
 * security lets it read every change but insert only its own, and the rows are written only by
 * the trigger that applies each change, once, as it is inserted.
 */
export const migration: CentralMigration = {
  version: 10,
  name: 'change-log',
  async up(client) {
    await client.query(`
      DO $$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'lobby_kiosk') THEN
          CREATE ROLE lobby_kiosk NOLOGIN;
        END IF;
      END $$;

      CREATE TABLE lobby_kiosks (
        name text PRIMARY KEY CHECK (name ~ '^[a-z0-9][a-z0-9-]{0,39}$'),
        role name NOT NULL UNIQUE,
        added_at timestamptz NOT NULL DEFAULT now(),
        removed_at timestamptz,
        last_contact_at timestamptz,
        last_seq bigint NOT NULL DEFAULT 0
      );

      CREATE TABLE lobby_changes (
        id bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
        kiosk text NOT NULL REFERENCES lobby_kiosks (name),
        seq bigint NOT NULL CHECK (seq > 0),
        hlc bigint NOT NULL,
        tbl text NOT NULL,
        gkey text NOT NULL,
        op text NOT NULL CHECK (op IN ('upsert', 'delete')),
        cols text[],
        data jsonb,
        received_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (kiosk, seq)
      );
      CREATE INDEX lobby_changes_row ON lobby_changes (tbl, gkey);

      CREATE TABLE lobby_rows (
        tbl text NOT NULL,
        gkey text NOT NULL,
        data jsonb NOT NULL,
        clocks jsonb NOT NULL DEFAULT '{}',
        PRIMARY KEY (tbl, gkey)
      );

      CREATE TABLE lobby_merge_rules (
        tbl text NOT NULL,
        col text NOT NULL,
        rule text NOT NULL CHECK (rule IN ('lww', 'min')),
        PRIMARY KEY (tbl, col)
      );
      -- The same expected visitor signed in at two kiosks: one visit, the earliest sign-in.
      INSERT INTO lobby_merge_rules VALUES ('visits', 'checked_in_at', 'min');

      -- A field's clock is [hlc, kiosk]: the later hybrid time wins, the kiosk's name breaks a tie.
      CREATE FUNCTION lobby_later(a jsonb, hlc bigint, kiosk text) RETURNS boolean
        LANGUAGE sql IMMUTABLE AS $$
          SELECT a IS NULL OR (a->>0)::bigint < hlc OR ((a->>0)::bigint = hlc AND a->>1 < kiosk)
        $$;

      -- Applies one change to lobby_rows by the rules every kiosk applies (main/central/merge.ts).
      CREATE FUNCTION lobby_apply() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
        DECLARE
          current lobby_rows%ROWTYPE;
          field text;
          how text;
          clock jsonb;
          incoming jsonb;
        BEGIN
          IF NEW.op = 'delete' THEN
            DELETE FROM lobby_rows WHERE tbl = NEW.tbl AND gkey = NEW.gkey;
            -- An erased row leaves nothing readable behind in the log either.
            UPDATE lobby_changes SET data = NULL WHERE tbl = NEW.tbl AND gkey = NEW.gkey;
            RETURN NULL;
          END IF;
          -- Older values this change replaces leave the log: nothing overwritten (an erasure's
          -- blanks included) stays readable there. A kiosk that meets a row it does not have
          -- reads it whole from lobby_rows.
          UPDATE lobby_changes SET data = data - COALESCE(NEW.cols, ARRAY(SELECT jsonb_object_keys(NEW.data)))
            WHERE tbl = NEW.tbl AND gkey = NEW.gkey AND id < NEW.id AND hlc < NEW.hlc AND data IS NOT NULL;
          SELECT * INTO current FROM lobby_rows WHERE tbl = NEW.tbl AND gkey = NEW.gkey FOR UPDATE;
          clock := jsonb_build_array(NEW.hlc, NEW.kiosk);
          IF NOT FOUND THEN
            INSERT INTO lobby_rows (tbl, gkey, data, clocks)
              SELECT NEW.tbl, NEW.gkey, NEW.data,
                     COALESCE(jsonb_object_agg(k, clock), '{}') FROM jsonb_object_keys(NEW.data) k;
            RETURN NULL;
          END IF;
          FOR field IN SELECT jsonb_object_keys(NEW.data) LOOP
            CONTINUE WHEN NEW.cols IS NOT NULL AND NOT (field = ANY (NEW.cols));
            incoming := NEW.data -> field;
            how := NULL;
            SELECT r.rule INTO how FROM lobby_merge_rules r WHERE r.tbl = NEW.tbl AND r.col = field;
            IF how = 'min' THEN
              IF jsonb_typeof(incoming) <> 'null' AND (jsonb_typeof(current.data -> field) IS DISTINCT FROM 'string'
                  OR incoming #>> '{}' < current.data ->> field) THEN
                current.data := jsonb_set(current.data, ARRAY[field], incoming);
                current.clocks := jsonb_set(current.clocks, ARRAY[field], clock);
              END IF;
            ELSIF lobby_later(current.clocks -> field, NEW.hlc, NEW.kiosk) THEN
              current.data := jsonb_set(current.data, ARRAY[field], incoming);
              current.clocks := jsonb_set(current.clocks, ARRAY[field], clock);
            END IF;
          END LOOP;
          UPDATE lobby_rows SET data = current.data, clocks = current.clocks
            WHERE tbl = NEW.tbl AND gkey = NEW.gkey;
          RETURN NULL;
        END $$;
      CREATE TRIGGER lobby_changes_apply AFTER INSERT ON lobby_changes
        FOR EACH ROW EXECUTE FUNCTION lobby_apply();

      -- Who is calling: the kiosk whose role this session logged in as, if it is still admitted.
      CREATE FUNCTION lobby_me() RETURNS text
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
          SELECT name FROM lobby_kiosks WHERE role = session_user AND removed_at IS NULL
        $$;
      -- A kiosk says it was here, and the last number it pushed; nothing else of the row.
      CREATE FUNCTION lobby_touch(seq bigint) RETURNS void
        LANGUAGE sql SECURITY DEFINER SET search_path = public, pg_temp AS $$
          UPDATE lobby_kiosks SET last_contact_at = now(), last_seq = GREATEST(last_seq, seq)
           WHERE role = session_user AND removed_at IS NULL
        $$;

      ALTER TABLE lobby_changes ENABLE ROW LEVEL SECURITY;
      CREATE POLICY lobby_read_all ON lobby_changes FOR SELECT TO lobby_kiosk USING (true);
      CREATE POLICY lobby_write_own ON lobby_changes FOR INSERT TO lobby_kiosk
        WITH CHECK (kiosk = lobby_me());

      REVOKE ALL ON lobby_kiosks, lobby_changes, lobby_rows, lobby_merge_rules FROM PUBLIC;
      REVOKE ALL ON FUNCTION lobby_touch(bigint), lobby_me() FROM PUBLIC;
      GRANT SELECT ON lobby_kiosks, lobby_rows, lobby_merge_rules TO lobby_kiosk;
      GRANT SELECT, INSERT ON lobby_changes TO lobby_kiosk;
      GRANT EXECUTE ON FUNCTION lobby_touch(bigint), lobby_me() TO lobby_kiosk;
    `);
  },
};

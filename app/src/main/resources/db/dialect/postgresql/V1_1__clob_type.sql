-- PostgreSQL has no CLOB type: this domain lets the shared migrations (V2__figures.sql) say CLOB on both databases.
-- Later migrations may say CLOB too: CHARACTER LARGE OBJECT on H2, this domain (TEXT) on PostgreSQL.
CREATE DOMAIN clob AS TEXT;

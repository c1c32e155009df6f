-- Failed sign-ins per account name and per client address (LoginThrottle). In the database, not in memory, so
-- that every application instance on this database throttles the same guesser.
CREATE TABLE login_failure (
    kind         VARCHAR(10)  NOT NULL CHECK (kind IN ('ACCOUNT', 'ADDRESS')),
    subject      VARCHAR(200) NOT NULL,
    failures     INT          NOT NULL,
    last_failure TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_until TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (kind, subject)
);

CREATE INDEX login_failure_last ON login_failure (last_failure);

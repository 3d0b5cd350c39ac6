package com.awshiringbot.store;

import java.sql.Connection;
import java.sql.SQLException;

/** A unit of work on the database's connection, run by {@link Database} under its lock. */
@FunctionalInterface
interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
}

/** Import files, their counters and their rejected rows in the database (JPA). */
package io.jifen.imports.persistence;

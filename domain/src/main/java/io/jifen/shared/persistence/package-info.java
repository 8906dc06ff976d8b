/** Persistence helpers every feature may use: sequence ids drawn in blocks under the caller's locks. */
package io.jifen.shared.persistence;

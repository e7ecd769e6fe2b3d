package org.newsfacts.claims;

/** Where the matching view names a possible subject of claims, with the subject's id and kind. */
record SubjectHit(String id, String kind, int start, int end, boolean anaphor) {
}

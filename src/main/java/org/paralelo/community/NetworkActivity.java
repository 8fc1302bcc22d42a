package org.paralelo.community;

/** The network's activity in a period: threads started, replies, private messages; members with a public profile. */
public record NetworkActivity(int threads, int replies, int publicProfiles, int messages) {
}

/** The platform's messages, formatted without contention between requests. */
package fr.nouage.platform.messages;

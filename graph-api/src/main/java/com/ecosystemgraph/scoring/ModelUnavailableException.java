package com.ecosystemgraph.scoring;

/** No model can score right now; the message says why (refused file, still training, too little data). */
public class ModelUnavailableException extends RuntimeException {
    public ModelUnavailableException(String message) {
        super(message, null, false, false);
    }
}

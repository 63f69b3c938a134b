// Package unrelated logs the failed jobs of a batch API of another cloud and
// declares success: no CBC failure list is named, so the rule leaves the
// package at once.
package unrelated

import (
	"encoding/json"
	"log"
	"net/http"
)

type batchReply struct {
	FailedJobs []struct {
		JobID     string `json:"job_id"`
		ErrorCode string `json:"error_code"`
	} `json:"failed_jobs"`
}

func RunBatch(url string) error {
	resp, err := http.Post(url, "application/json", nil)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	var reply batchReply
	if err := json.NewDecoder(resp.Body).Decode(&reply); err != nil {
		return err
	}
	for _, j := range reply.FailedJobs {
		log.Printf("job %s failed: %s", j.JobID, j.ErrorCode)
	}
	return nil
}

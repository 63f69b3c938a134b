package sdk

import (
	"fmt"
	"log"

	"github.com/huaweicloud/huaweicloud-sdk-go-v3/services/bss/v2/model"
)

// Assignments: each place on the left holds the failures when its value
// carries them, and every place does when one value gives them all.

// summarize counts the failed items and describes them.
func summarize(fails *[]model.FailResourceInfo) (int, string) {
	if fails == nil {
		return 0, ""
	}
	return len(*fails), fmt.Sprintf("%d resources failed", len(*fails))
}

// RenewSummarized: both results of summarize hold the failures, and only
// the log sees them.
func (r *Renewer) RenewSummarized(ids []string) error {
	resp, err := r.client.RenewalResources(&model.RenewalResourcesRequest{})
	if err != nil {
		return err
	}
	n, text := summarize(resp.FailResourceInfos) // want `the failed items of RenewalResources \(FailResourceInfos\) are only logged`
	log.Printf("renewal: %d: %s", n, text)
	return nil
}

// RenewSummaryKept: the second result of summarize holds the failures too,
// and is stored where the caller sees it.
func (r *Renewer) RenewSummaryKept(ids []string) error {
	resp, err := r.client.RenewalResources(&model.RenewalResourcesRequest{})
	if err != nil {
		return err
	}
	_, text := summarize(resp.FailResourceInfos)
	r.failed = append(r.failed, text)
	return nil
}

// RenewPaired: of a pair of values, only the first carries the failures,
// and only the second is stored where the caller sees it.
func (r *Renewer) RenewPaired(ids []string) error {
	resp, err := r.client.RenewalResources(&model.RenewalResourcesRequest{})
	if err != nil {
		return err
	}
	failed := 0
	if resp.FailResourceInfos != nil { // want `the failed items of RenewalResources \(FailResourceInfos\) are read but not handed on`
		failed = len(*resp.FailResourceInfos)
	}
	missed, attempted := failed, len(ids)
	r.failed = append(r.failed, fmt.Sprint(attempted))
	_ = missed
	return nil
}

// Package tagged decodes CBC's renewal reply into its own type: the list is
// named only by the field's tag.
package tagged

type renewReply struct {
	OrderIDs []string     `json:"order_ids"`
	Failed   []failedItem `json:"fail_resource_infos"`
}

type failedItem struct {
	ResourceID string `json:"resource_id"`
	ErrorCode  string `json:"error_code"`
}

func failedIDs(r renewReply) []string {
	var ids []string
	for _, f := range r.Failed {
		ids = append(ids, f.ResourceID)
	}
	return ids
}

"""Text preparation: cleaning, the matching view, layout zones, segmentation."""

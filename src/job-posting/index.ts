export { fromJobPosting, type JobPostingImport, type JobPostingOptions } from './job-posting.js';

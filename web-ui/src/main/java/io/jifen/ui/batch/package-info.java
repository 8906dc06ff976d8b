/** The batch jobs screen (批量作业): files from core banking, their jobs' progress, refused rows and star-level reports. */
package io.jifen.ui.batch;
